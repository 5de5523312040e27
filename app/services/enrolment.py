"""Starting without a network: a new computer enrolled with the username and the code on paper. No Qt.

The computer makes its key pairs and its device id, and keeps the account as "not yet
confirmed" (meta `enrolment_pending`): the person reads what the pack brought and writes,
the writing queues, and "Llevar mis envíos en USB" carries it with the enrolment's proof
(never the code) to the municipal point, where the server binds this device to the account
(sync/server/enrolment.py). Signing in later over a network keeps this device and its
queued work (app/services/account.py).
"""
from __future__ import annotations

import logging
import uuid

from app.services import device_key, people
from app.services.account import ENROLMENT_PENDING, Account, current_account
from app.services.errors import UserError
from app.services.packs import trusted_network
from app.store import meta
from app.store.db import Store
from app.store.models import Person
from sync import enrolment

log = logging.getLogger(__name__)

PROOF_KEY = "enrolment_proof"     # meta: the proof the outbox carries until confirmed


def enrol_offline(store: Store, username: str, code: str, password: str) -> Account:
    """Keep the account on this computer, bound by `code` (checked later, by the server).
    `password` locks this profile on a shared computer (the one the account was given,
    so that signing in later uses the same). On a profile enrolled so and not yet
    confirmed, the same username with another code replaces the proof only. Slow on
    purpose (scrypt): call off the GUI thread. Raises UserError."""
    name = username.strip().lower()
    if not name:
        raise UserError("empty_username")
    if not password:
        raise UserError("empty_password")
    try:
        enrolment.normalise(code)
    except enrolment.CodeFormatError as exc:
        log.info("enrolment refused here: %s", exc)
        raise UserError("enrolment_code_format") from exc
    network = trusted_network(store)
    if network is None:
        # The account's id and the code's key both depend on the network: the pack (or
        # the bundle) must say which it is first.
        log.info("enrolment refused: this computer knows no network yet")
        raise UserError("enrolment_no_network")
    with store.session() as s:
        owner, pending = meta.get(s, "username"), meta.get(s, ENROLMENT_PENDING) == "1"
        kept = (meta.get(s, device_key.DEVICE_KEY), meta.get(s, device_key.EXCHANGE_KEY),
                meta.get(s, "device_id"))
    if owner and not (pending and owner == name and all(kept)):
        log.info("enrolment refused: the profile already has account %s", owner)
        raise UserError("profile_of_other_user", owner)
    if owner:
        # The code again (mistyped, or refused at the municipal point and a new one
        # printed): the same device and keys, only a new proof; the queued work stays.
        private, exchange_private, device_id = kept
        public = device_key.public_of(private)
        exchange_public = device_key.exchange_public_of(exchange_private)
    else:
        private, public = device_key.new_device_key()
        exchange_private, exchange_public = device_key.new_exchange_key()
        device_id = str(uuid.uuid4())
    user_id = enrolment.user_id_for(network.id, name)
    key = enrolment.derive_key(code, network_id=network.id, username=name)
    proof = enrolment.proof(key, username=name, device_id=device_id, public_key=public,
                            exchange_key=exchange_public)
    password_hash = people.hash_password(password)
    with store.session() as s, s.begin():
        for k, value in dict(user_id=user_id, username=name, display_name=name,
                             role="participant", device_id=device_id).items():
            meta.put(s, k, value)
        meta.put(s, device_key.DEVICE_KEY, private)
        meta.put(s, device_key.EXCHANGE_KEY, exchange_private)
        meta.put(s, PROOF_KEY, proof)
        meta.put(s, ENROLMENT_PENDING, "1")
        meta.put(s, people.HASH_KEY, password_hash)
        if s.get(Person, user_id) is None:
            s.add(Person(id=user_id, username=name, display_name=name, role="participant",
                         region="", institution="", position="", gender=""))
    log.info("enrolled offline as %s on device %s (network %s)", name, device_id, network.id)
    return current_account(store)


def carried_enrolment(store: Store):
    """What an outbox file carries while this device is not confirmed (else None)."""
    from sync.outbox_file import CarriedEnrolment
    with store.session() as s:
        if meta.get(s, ENROLMENT_PENDING) != "1":
            return None
        private, exchange_private = (meta.get(s, device_key.DEVICE_KEY),
                                     meta.get(s, device_key.EXCHANGE_KEY))
        proof = meta.get(s, PROOF_KEY)
    if not (private and exchange_private and proof):
        return None
    return CarriedEnrolment(public_key=device_key.public_of(private),
                            exchange_key=device_key.exchange_public_of(exchange_private),
                            proof=proof)
