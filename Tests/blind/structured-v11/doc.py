"""Doc builder: text pieces + labelled pieces -> UTF-8 byte offsets computed on assembly."""
import re


class Doc:
    def __init__(self):
        self.parts = []

    def t(self, *xs):
        for x in xs:
            self.parts.append((x, None))
        return self

    def P(self, typ, var, val):
        assert val == val.strip() and val, (typ, var, repr(val))
        self.parts.append((val, ("P", typ, var)))
        return self

    def N(self, kind, val):
        val = str(val)
        assert val == val.strip() and val, (kind, repr(val))
        self.parts.append((val, ("N", "NEGATIVE_" + kind, None)))
        return self

    def tpl(self, s, **kw):
        for i, seg in enumerate(re.split(r"\{(\w+)\}", s)):
            if i % 2 == 0:
                if seg:
                    self.t(seg)
            else:
                kw[seg]()
        return self

    def build(self):
        text, spans, negs, pos = "", [], [], 0
        for val, lab in self.parts:
            b = len(val.encode("utf-8"))
            if lab:
                if lab[0] == "P":
                    spans.append({"start": pos, "end": pos + b, "type": lab[1], "variant": lab[2], "value": val})
                else:
                    negs.append({"start": pos, "end": pos + b, "type": lab[1], "value": val})
            text += val
            pos += b
        return text, spans, negs
