#!/usr/bin/env python3
"""Writes the fixed input of the CI performance gate: deterministic shop messages (en/de/fr) with and
without PII, so instruction counts compare across machines and runs. usage: make_gate_input.py OUT"""
import random, sys

random.seed(7)
clean = [
    "Do you have the linen sheet set in grey, size 140x200 cm, for under 89,90 EUR?",
    "Der Stoff ist weich und die Lieferung kam schnell, gerne wieder. Größe fällt klein aus.",
    "La livraison était rapide et la couleur conforme à la photo, je recommande ce produit.",
    "Which phone case fits model MB-2023-3819? The app is version 2.4.1 and shows an error.",
    "Looking for a desk around 120 x 60 cm, budget $350. Delivery before 2024-12-20 please.",
]
pii = [
    "Hi, this is Anna Weber. My order #100012345 never arrived, please call +49 30 1234567.",
    "Refund to IBAN DE89 3704 0044 0532 0130 00, account holder Jan Schmidt, thanks.",
    "Mail me at jean.dupont@example.fr or write to 12, rue de la Paix, 75002 Paris.",
    "I was charged twice on card 4111 1111 1111 1111 for order 000012345. Login from 10.1.2.3.",
    "Ship to 742 Evergreen Terrace, Springfield, OR 97403. My email is homer [at] example [dot] com.",
    "Our key sk_live_4eC39HqLyjWDarjtT1zdp7dc leaked, please rotate. Kontoinhaber: Eva Brandt.",
]
lines = []
size = 0
while size < 200_000:
    parts = [random.choice(clean) for _ in range(random.randint(1, 4))]
    if random.random() < 0.5:
        parts.insert(random.randint(0, len(parts)), random.choice(pii))
    line = " ".join(parts)
    lines.append(line)
    size += len(line.encode()) + 1
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
