"""All hand-written frames: list of (lang, register, text)."""
from frames_de import DE
from frames_en import EN
from frames_fr import FR

FRAMES = [("en",) + f for f in EN] + [("de",) + f for f in DE] + [("fr",) + f for f in FR]
