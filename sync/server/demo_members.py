"""About 200 demo members for the directory and the network's statistics, spread by region,
position and gender as the Edugestores network's members were: most in Lima, Arequipa,
Áncash, Cusco and Ayacucho; mostly school directors, then teachers and UGEL specialists;
somewhat more women than men. Names are Andean and Peruvian, drawn from lists with a fixed
seed, so that the demo is the same every time.

These members never sign in: their accounts get a password hash no password matches
("!demo-member"), so that building the demo costs no Argon2 hash per member (each takes
a fifth of a second or more on the machines the demo runs on).
"""
from __future__ import annotations

import random
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server import accounts
from sync.server.entities.people import set_profile
from sync.server.models import User

COUNT = 200
NO_SIGN_IN = "!demo-member"   # not an Argon2 hash: nothing verifies against it

# (region, weight): the network's members by region, most in these five.
REGION_WEIGHTS = (("Lima", 40), ("Arequipa", 24), ("Áncash", 22), ("Cusco", 24),
                  ("Ayacucho", 20), ("Puno", 10), ("Apurímac", 9), ("Junín", 8),
                  ("Huancavelica", 7), ("Cajamarca", 6), ("La Libertad", 5), ("Piura", 4),
                  ("Huánuco", 4), ("San Martín", 3), ("Ica", 3), ("Lambayeque", 2),
                  ("Loreto", 2), ("Tacna", 2), ("Moquegua", 2), ("Amazonas", 1),
                  ("Pasco", 1), ("Ucayali", 1))
POSITION_WEIGHTS = (("Director(a) de IE", 38), ("Docente", 22), ("Especialista de UGEL", 18),
                    ("Subdirector(a) de IE", 10), ("Especialista de DRE", 8),
                    ("Otro cargo", 4))
GENDER_WEIGHTS = (("F", 58), ("M", 40), ("", 2))

WOMEN = ("Rosa", "María", "Luz", "Carmen", "Juana", "Yolanda", "Marleny", "Nélida",
         "Teófila", "Flor", "Elizabeth", "Maritza", "Gladys", "Hilda", "Norma", "Sonia",
         "Delia", "Haydée", "Lourdes", "Zenaida", "Edith", "Rocío", "Nancy", "Lidia",
         "Felícitas", "Vilma", "Olinda", "Esperanza", "Milagros", "Ruth",
         "Susana", "Betty", "Yeny", "Nilda", "Celia")
MEN = ("Julio", "Edwin", "Wilber", "Fredy", "Segundo", "Juan", "Pedro", "Alberto", "Víctor",
       "Hugo", "Rubén", "Efraín", "Teodoro", "Saturnino", "Néstor", "Abel", "Eusebio",
       "Marco", "Percy", "Raúl", "Jhon", "Wálter", "Florencio", "Cirilo", "Alipio",
       "Mario", "César", "Elmer", "Hernán", "Ronald", "Darío", "Isidro")
SURNAMES = ("Quispe", "Mamani", "Huamán", "Condori", "Ccori", "Choque", "Huanca", "Apaza",
            "Cusi", "Yupanqui", "Ticona", "Ñahui", "Núñez", "Chávez", "Flores", "Rojas",
            "Vargas", "Gutiérrez", "Sánchez", "Ramos", "Mendoza", "Torres", "Paucar",
            "Huillca", "Ccahuana", "Layme", "Puma", "Villca", "Atau", "Taipe", "Pariona",
            "Ayala", "Palomino", "Cárdenas", "Zamalloa", "Alvarado", "Tarazona", "Huamaní",
            "Ccente", "Ayme", "Quisocala", "Chuquimia", "Coaquira", "Sulca", "Lliuya",
            "Jamanca", "Osorio", "Príncipe", "Medina", "Castillo", "Ñaupari", "Cahuana")

# UGELs and towns per region (the five largest in detail, the rest by their capital).
UGELS = {
    "Lima": ("UGEL 01 San Juan de Miraflores", "UGEL 05 San Juan de Lurigancho",
             "UGEL 06 Ate", "UGEL 15 Huarochirí", "UGEL 10 Huaral"),
    "Arequipa": ("UGEL Arequipa Norte", "UGEL Arequipa Sur", "UGEL Caylloma",
                 "UGEL Castilla", "UGEL La Unión"),
    "Áncash": ("UGEL Huaraz", "UGEL Huari", "UGEL Carhuaz", "UGEL Santa", "UGEL Pomabamba"),
    "Cusco": ("UGEL Canchis", "UGEL Quispicanchi", "UGEL Urubamba", "UGEL Cusco",
              "UGEL Espinar"),
    "Ayacucho": ("UGEL Huamanga", "UGEL Huanta", "UGEL La Mar", "UGEL Lucanas",
                 "UGEL Cangallo"),
}
TOWNS = {
    "Lima": ("Ate", "San Juan de Lurigancho", "Matucana", "Huaral", "Villa El Salvador"),
    "Arequipa": ("Chivay", "Aplao", "Cotahuasi", "Cerro Colorado", "Yura"),
    "Áncash": ("Huari", "Carhuaz", "Chavín de Huántar", "Yungay", "Pomabamba"),
    "Cusco": ("Sicuani", "Combapata", "Urcos", "Ollantaytambo", "Yauri"),
    "Ayacucho": ("Huanta", "San Miguel", "Puquio", "Cangallo", "Vilcashuamán"),
}
CAPITALS = {"Puno": "Puno", "Apurímac": "Andahuaylas", "Junín": "Jauja",
            "Huancavelica": "Lircay", "Cajamarca": "Bambamarca", "La Libertad": "Otuzco",
            "Piura": "Huancabamba", "Huánuco": "Ambo", "San Martín": "Lamas", "Ica": "Pisco",
            "Lambayeque": "Ferreñafe", "Loreto": "Nauta", "Tacna": "Candarave",
            "Moquegua": "Omate", "Amazonas": "Chachapoyas", "Pasco": "Oxapampa",
            "Ucayali": "Atalaya"}

PRESENTATIONS = (
    "Trabajo con tertulias dialógicas desde hace tres años; me interesa intercambiar "
    "experiencias con colegas de escuelas rurales.",
    "Acompaño a directivos de escuelas multigrado. Busco materiales para la participación "
    "de las familias.",
    "Promuevo los grupos interactivos en mi institución. Con gusto comparto nuestras "
    "fichas y horarios.",
    "Me interesa la convivencia escolar y la formación de familiares. Escríbanme si están "
    "armando una comisión mixta.",
    "Coordino la red de directivos de mi provincia; hablamos quechua y castellano en las "
    "asambleas.",
    "Docente de primaria en una escuela unidocente. Aprendo mucho de las experiencias de la "
    "red.",
)


def _weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _institution(rng: random.Random, region: str, position: str) -> str:
    if position == "Especialista de DRE":
        return "DRE Lima Metropolitana" if region == "Lima" else f"DRE {region}"
    ugels = UGELS.get(region) or (f"UGEL {CAPITALS.get(region, region)}",)
    if position == "Especialista de UGEL":
        return rng.choice(ugels)
    town = rng.choice(TOWNS.get(region) or (CAPITALS.get(region, region),))
    return f"IE N.° {rng.randint(30000, 89999)} de {town}"


def members(count: int = COUNT, seed: int = 2026) -> list[dict]:
    """The demo members' accounts and profiles, the same every time."""
    rng = random.Random(seed)
    found, taken, names = [], set(), set()
    while len(found) < count:
        gender = _weighted(rng, GENDER_WEIGHTS)
        first = rng.choice(WOMEN if gender == "F" or (not gender and rng.random() < .5)
                           else MEN)
        father, mother = rng.sample(SURNAMES, 2)
        display_name = f"{first} {father} {mother}"
        username = _ascii(f"{first}.{father}")
        if username in taken:
            username = _ascii(f"{first}.{father}.{mother}")
        if username in taken or display_name in names:
            continue   # two members of one name would look like one listed twice
        taken.add(username)
        names.add(display_name)
        region = _weighted(rng, REGION_WEIGHTS)
        position = _weighted(rng, POSITION_WEIGHTS)
        # What each shares beyond name, position and region: the UGEL or school nearly
        # always, a presentation often, an e-mail sometimes, the phone and gender rarely.
        shared = [f for f, chance in (("institution", .9), ("presentation", .5),
                                      ("email", .3), ("phone", .12), ("gender", .05))
                  if rng.random() < chance]
        found.append(dict(
            username=username, display_name=display_name, region=region,
            position=position, gender=gender,
            institution=_institution(rng, region, position),
            presentation=rng.choice(PRESENTATIONS) if rng.random() < .6 else "",
            phone=f"9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            if rng.random() < .5 else "",
            email=f"{_ascii(first)}.{_ascii(father)}@ejemplo.pe" if rng.random() < .6 else "",
            shared=shared))
    return found


def load_demo_members(session: Session, id_for, count: int = COUNT) -> dict[str, int]:
    """Create the demo members that are missing (`id_for(username)` gives stable ids)."""
    created = 0
    known = set(session.scalars(select(User.username)))
    for spec in members(count):
        if spec["username"] in known:
            continue
        user = accounts.add_user(
            session, username=spec["username"], display_name=spec["display_name"],
            password="", password_hash=NO_SIGN_IN, region=spec["region"],
            institution=spec["institution"], position=spec["position"],
            gender=spec["gender"], user_id=id_for(spec["username"]))
        session.flush()
        set_profile(session, user, presentation=spec["presentation"], phone=spec["phone"],
                    email=spec["email"], shared=spec["shared"])
        created += 1
    session.flush()
    return {"members": created}
