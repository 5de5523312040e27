"""Rehace las ilustraciones PNG de imagenes/ del curso de demostración.

Dibuja con QPainter (PySide6, ya instalado en el entorno de Minka), sin ventana:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/demo_course/_build/make_images.py
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QGuiApplication, QImage, QPainter,
                           QPainterPath, QPen, QPolygonF)

OUT = Path(__file__).resolve().parent.parent / "imagenes"

CREAM = QColor("#fbf7ef")
INK = QColor("#2f3a3d")
SOFT_INK = QColor("#5b6668")
TEAL = QColor("#1b6b73")
OCHRE = QColor("#d79b3a")
TERRACOTTA = QColor("#c0614a")
MOSS = QColor("#6f8f4e")
SKY = QColor("#4f86a8")
PLUM = QColor("#8a5a83")
SAND = QColor("#efe3cc")
FAMILY = "DejaVu Sans"


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setPixelSize(int(size))
    f.setBold(bold)
    return f


def canvas(w: int, h: int) -> tuple[QImage, QPainter]:
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(CREAM)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return img, p


def title(p: QPainter, w: int, text: str, subtitle: str) -> None:
    p.setPen(TEAL)
    p.setFont(font(30, True))
    p.drawText(QRectF(0, 22, w, 40), Qt.AlignmentFlag.AlignHCenter, text)
    p.setPen(SOFT_INK)
    p.setFont(font(17))
    p.drawText(QRectF(0, 64, w, 26), Qt.AlignmentFlag.AlignHCenter, subtitle)


def text_box(p: QPainter, rect: QRectF, text: str, size: float, color: QColor,
             bold: bool = False, align=Qt.AlignmentFlag.AlignCenter) -> None:
    p.setPen(color)
    p.setFont(font(size, bold))
    p.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)


def arrow(p: QPainter, a: QPointF, b: QPointF, color: QColor, width: float = 3.0,
          head: float = 12.0) -> None:
    p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    tip_base = QPointF(b.x() - head * 0.8 * math.cos(angle), b.y() - head * 0.8 * math.sin(angle))
    p.drawLine(a, tip_base)
    left = QPointF(b.x() - head * math.cos(angle - 0.45), b.y() - head * math.sin(angle - 0.45))
    right = QPointF(b.x() - head * math.cos(angle + 0.45), b.y() - head * math.sin(angle + 0.45))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF([b, left, right]))
    p.setBrush(Qt.BrushStyle.NoBrush)


def phases() -> QImage:
    w, h = 1100, 540
    img, p = canvas(w, h)
    title(p, w, "Las fases de una Comunidad de Aprendizaje",
          "Toda la comunidad educativa participa en cada fase")
    steps = [
        ("1", "Sensibilización", "Conocemos juntos la propuesta y la investigación que la respalda", TEAL),
        ("2", "Toma de decisión", "Docentes, familias, CONEI y comunidad acuerdan empezar", SKY),
        ("3", "Sueño", "Cada persona imagina la escuela que quiere", OCHRE),
        ("4", "Selección de prioridades", "Miramos nuestros datos y elegimos por dónde empezar", TERRACOTTA),
        ("5", "Planificación", "Comisiones mixtas convierten las prioridades en acciones", MOSS),
    ]
    box_w, box_h, gap = 188, 220, 24
    left = (w - (5 * box_w + 4 * gap)) / 2
    top = 130
    for i, (num, name, desc, color) in enumerate(steps):
        x = left + i * (box_w + gap)
        rect = QRectF(x, top, box_w, box_h)
        p.setPen(QPen(color, 2.5))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(rect, 16, 16)
        p.save()
        clip = QPainterPath()
        clip.addRoundedRect(rect, 16, 16)
        p.setClipPath(clip)
        p.fillRect(QRectF(x, top, box_w, 92), color)
        p.restore()
        p.setPen(QPen(color, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, 16, 16)
        text_box(p, QRectF(x, top + 6, box_w, 34), num, 26, QColor("#ffffff"), True)
        text_box(p, QRectF(x + 8, top + 40, box_w - 16, 50), name, 17, QColor("#ffffff"), True)
        text_box(p, QRectF(x + 14, top + 104, box_w - 28, box_h - 116), desc, 16, INK,
                 align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if i < 4:
            arrow(p, QPointF(x + box_w + 3, top + box_h / 2),
                  QPointF(x + box_w + gap - 2, top + box_h / 2), SOFT_INK, 2.5, 11)
    # Puesta en marcha
    bottom = top + box_h + 44
    band_rect = QRectF(left, bottom, 5 * box_w + 4 * gap, 84)
    p.setPen(QPen(TEAL, 2, Qt.PenStyle.DashLine))
    p.setBrush(SAND)
    p.drawRoundedRect(band_rect, 14, 14)
    arrow(p, QPointF(left + 4 * (box_w + gap) + box_w / 2, top + box_h + 4),
          QPointF(left + 4 * (box_w + gap) + box_w / 2, bottom - 2), SOFT_INK, 2.5, 11)
    text_box(p, QRectF(band_rect.x(), bottom + 10, band_rect.width(), 30),
             "Puesta en marcha", 20, TEAL, True)
    text_box(p, QRectF(band_rect.x(), bottom + 42, band_rect.width(), 30),
             "Formación, actuaciones educativas de éxito y evaluación compartida, año tras año",
             16, INK)
    p.end()
    return img


def person(p: QPainter, center: QPointF, color: QColor, r: float = 11) -> None:
    p.setPen(QPen(QColor("#ffffff"), 2))
    p.setBrush(color)
    p.drawEllipse(center, r, r)


def volunteer(p: QPainter, center: QPointF, r: float = 12) -> None:
    p.setPen(QPen(QColor("#ffffff"), 2))
    p.setBrush(TERRACOTTA)
    p.drawRoundedRect(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r), 4, 4)


def groups() -> QImage:
    w, h = 1100, 680
    img, p = canvas(w, h)
    title(p, w, "Grupos interactivos en un aula multigrado",
          "Cuatro grupos heterogéneos, una persona voluntaria en cada uno")
    room = QRectF(60, 110, 700, 530)
    p.setPen(QPen(SOFT_INK, 2))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(room, 18, 18)
    # pizarra
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3d5a4f"))
    p.drawRoundedRect(QRectF(room.center().x() - 130, room.y() + 14, 260, 24), 5, 5)
    text_box(p, QRectF(room.center().x() - 130, room.y() + 14, 260, 24), "pizarra", 14,
             QColor("#ffffff"))
    grades = [MOSS, SKY, PLUM]
    centers = [QPointF(room.x() + 175, room.y() + 170), QPointF(room.x() + 525, room.y() + 170),
               QPointF(room.x() + 525, room.y() + 410), QPointF(room.x() + 175, room.y() + 410)]
    labels = ["Grupo 1\nLectura en quechua", "Grupo 2\nProblemas de la feria",
              "Grupo 3\nEscritura de una carta", "Grupo 4\nCiencia: las lluvias"]
    for i, c in enumerate(centers):
        p.setPen(QPen(OCHRE, 2))
        p.setBrush(QColor("#fdf1dc"))
        p.drawEllipse(c, 96, 96)
        n = 5 if i % 2 == 0 else 4
        for k in range(n + 1):
            ang = -math.pi / 2 + k * 2 * math.pi / (n + 1)
            pos = QPointF(c.x() + 72 * math.cos(ang), c.y() + 72 * math.sin(ang))
            if k == 0:
                volunteer(p, pos)
            else:
                person(p, pos, grades[(k + i) % 3])
        text_box(p, QRectF(c.x() - 62, c.y() - 34, 124, 68), labels[i], 14, INK, True)
    # rotación entre grupos
    for a, b in [(0, 1), (1, 2), (2, 3), (3, 0)]:
        ca, cb = centers[a], centers[b]
        dx, dy = cb.x() - ca.x(), cb.y() - ca.y()
        dist = math.hypot(dx, dy)
        ux, uy = dx / dist, dy / dist
        arrow(p, QPointF(ca.x() + ux * 108, ca.y() + uy * 108),
              QPointF(cb.x() - ux * 108, cb.y() - uy * 108), TEAL, 3, 13)
    # docente
    mid = QPointF(room.center().x(), room.y() + 290)
    p.setPen(QPen(QColor("#ffffff"), 2))
    p.setBrush(TEAL)
    star = QPolygonF([QPointF(mid.x() + 16 * math.cos(-math.pi / 2 + k * math.pi / 5)
                              * (1 if k % 2 == 0 else 0.45),
                              mid.y() + 16 * math.sin(-math.pi / 2 + k * math.pi / 5)
                              * (1 if k % 2 == 0 else 0.45)) for k in range(10)])
    p.drawPolygon(star)
    text_box(p, QRectF(mid.x() - 80, mid.y() + 18, 160, 22), "Docente", 14, TEAL, True)
    # leyenda
    lx, ly = 800, 130
    text_box(p, QRectF(lx, ly, 260, 28), "Cómo leer el dibujo", 19, TEAL, True,
             Qt.AlignmentFlag.AlignLeft)
    items = [(MOSS, "Estudiantes de 1.º y 2.º grado"), (SKY, "Estudiantes de 3.º y 4.º grado"),
             (PLUM, "Estudiantes de 5.º y 6.º grado")]
    y = ly + 50
    for color, label in items:
        person(p, QPointF(lx + 14, y + 11), color)
        text_box(p, QRectF(lx + 36, y, 230, 24), label, 15, INK, align=Qt.AlignmentFlag.AlignLeft
                 | Qt.AlignmentFlag.AlignVCenter)
        y += 38
    volunteer(p, QPointF(lx + 14, y + 11))
    text_box(p, QRectF(lx + 36, y - 8, 230, 44), "Persona voluntaria: madre, padre, abuelo, exalumna",
             15, INK, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    y += 56
    arrow(p, QPointF(lx, y + 12), QPointF(lx + 30, y + 12), TEAL, 3, 12)
    text_box(p, QRectF(lx + 36, y - 8, 230, 44), "Cada 15 a 20 minutos los grupos rotan",
             15, INK, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    y += 70
    p.setPen(QPen(OCHRE, 1.5))
    p.setBrush(SAND)
    note = QRectF(lx, y, 270, 150)
    p.drawRoundedRect(note, 12, 12)
    text_box(p, note.adjusted(14, 10, -14, -10),
             "La persona voluntaria no da las respuestas: anima a que las niñas y los niños "
             "se expliquen y se ayuden entre sí.", 15, INK,
             align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p.end()
    return img


def principles() -> QImage:
    w, h = 1000, 760
    img, p = canvas(w, h)
    title(p, w, "Los siete principios del aprendizaje dialógico",
          "Se sostienen unos a otros: ninguno funciona solo")
    c = QPointF(w / 2, 425)
    names = ["Diálogo igualitario", "Inteligencia cultural", "Transformación",
             "Dimensión instrumental", "Creación de sentido", "Solidaridad",
             "Igualdad de diferencias"]
    colors = [TEAL, OCHRE, TERRACOTTA, SKY, MOSS, PLUM, QColor("#b07a3c")]
    ring, r = 232, 92
    spots = []
    for i in range(7):
        ang = -math.pi / 2 + i * 2 * math.pi / 7
        spots.append(QPointF(c.x() + ring * math.cos(ang), c.y() + ring * math.sin(ang)))
    p.setPen(QPen(QColor("#d9cdb6"), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(c, ring, ring)
    for s in spots:
        p.setPen(QPen(QColor("#d9cdb6"), 2, Qt.PenStyle.DashLine))
        p.drawLine(c, s)
    p.setPen(QPen(TEAL, 3))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(c, 110, 110)
    text_box(p, QRectF(c.x() - 100, c.y() - 50, 200, 100), "Aprendizaje\ndialógico", 24, TEAL,
             True)
    for s, name, color in zip(spots, names, colors):
        p.setPen(QPen(QColor("#ffffff"), 3))
        p.setBrush(color)
        p.drawEllipse(s, r, r * 0.62)
        text_box(p, QRectF(s.x() - r + 10, s.y() - 40, 2 * r - 20, 80), name, 16,
                 QColor("#ffffff"), True)
    p.end()
    return img


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in [("fases-comunidad.png", phases), ("grupo-interactivo.png", groups),
                       ("siete-principios.png", principles)]:
        path = OUT / name
        if not make().save(str(path), "PNG", 9):
            raise SystemExit(f"no se pudo guardar {path}")
        print(f"{name:26s} {path.stat().st_size:7d} bytes")
    del app


if __name__ == "__main__":
    main()
