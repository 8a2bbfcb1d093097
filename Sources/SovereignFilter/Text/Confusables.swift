/// Folds Cyrillic, Greek and other look-alike letters to the Latin letter they imitate, so that
/// `gmаil.cоm` (with Cyrillic а and о) is seen as `gmail.com`. A small switch, not ICU's skeleton:
/// the skeleton also maps digits to letters (`1` → `l`), which would break every numeric recognizer.
enum Confusables {
    @inline(__always)
    static func fold(_ c: UInt32) -> UInt32? {
        switch c {
        // Cyrillic lower case
        case 0x0430: return 0x61  // а
        case 0x0432: return nil   // в looks like B only in upper case
        case 0x0435, 0x0450, 0x0451: return 0x65  // е ѐ ё
        case 0x043E: return 0x6F  // о
        case 0x0440: return 0x70  // р
        case 0x0441: return 0x63  // с
        case 0x0443: return 0x79  // у
        case 0x0445: return 0x78  // х
        case 0x0455: return 0x73  // ѕ
        case 0x0456, 0x0457: return 0x69  // і ї
        case 0x0458: return 0x6A  // ј
        case 0x0501: return 0x64  // ԁ
        case 0x04BB: return 0x68  // һ
        case 0x051B: return 0x71  // ԛ
        case 0x051D: return 0x77  // ԝ
        case 0x0461: return 0x77  // ѡ
        case 0x04CF: return 0x6C  // ӏ
        // Cyrillic upper case
        case 0x0410: return 0x41  // А
        case 0x0412: return 0x42  // В
        case 0x0415, 0x0400, 0x0401: return 0x45  // Е
        case 0x041A: return 0x4B  // К
        case 0x041C: return 0x4D  // М
        case 0x041D: return 0x48  // Н
        case 0x041E: return 0x4F  // О
        case 0x0420: return 0x50  // Р
        case 0x0421: return 0x43  // С
        case 0x0422: return 0x54  // Т
        case 0x0423, 0x04AE: return 0x59  // У Ү
        case 0x0425: return 0x58  // Х
        case 0x0405: return 0x53  // Ѕ
        case 0x0406, 0x04C0: return 0x49  // І Ӏ
        case 0x0408: return 0x4A  // Ј
        case 0x051C: return 0x57  // Ԝ
        // Greek
        case 0x03B1: return 0x61  // α
        case 0x03BF, 0x03C3: return 0x6F  // ο σ
        case 0x03BD: return 0x76  // ν
        case 0x03C1: return 0x70  // ρ
        case 0x03B9: return 0x69  // ι
        case 0x03BA: return 0x6B  // κ
        case 0x03C5: return 0x75  // υ
        case 0x03F2: return 0x63  // ϲ
        case 0x03F3: return 0x6A  // ϳ
        case 0x0391: return 0x41  // Α
        case 0x0392: return 0x42  // Β
        case 0x0395: return 0x45  // Ε
        case 0x0396: return 0x5A  // Ζ
        case 0x0397: return 0x48  // Η
        case 0x0399: return 0x49  // Ι
        case 0x039A: return 0x4B  // Κ
        case 0x039C: return 0x4D  // Μ
        case 0x039D: return 0x4E  // Ν
        case 0x039F: return 0x4F  // Ο
        case 0x03A1: return 0x50  // Ρ
        case 0x03A4: return 0x54  // Τ
        case 0x03A5: return 0x59  // Υ
        case 0x03A7: return 0x58  // Χ
        // Latin and Armenian look-alikes
        case 0x0131: return 0x69  // ı dotless i
        case 0x0251: return 0x61  // ɑ
        case 0x0261: return 0x67  // ɡ
        case 0x0585: return 0x6F  // օ
        case 0x057D: return 0x75  // ս
        case 0x0578: return 0x6E  // ո
        default: return nil
        }
    }
}
