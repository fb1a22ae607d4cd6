/**
 * The characters the compile-time check tells apart, by class: what a slug is made of, Unicode's
 * whitespace, the rest of ASCII, and the characters a quote would not show, by name.
 */

export type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type Letter =
  "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "o" | "p" | "q" | "r" | "s" | "t" | "u" | "v" | "w" | "x" | "y" | "z";
export type SlugCharacter = Letter | Digit;
/** What a slug is made of; where the hyphens stand is checked apart. */
export type Allowed = SlugCharacter | "-";

/**
 * Unicode's White_Space, the set the runtime calls whitespace. Not JavaScript's `\s`, which
 * leaves out U+0085 (next line) and takes in U+FEFF, a zero-width character, not a space.
 */
export type Whitespace =
  | "\t"
  | "\n"
  | "\v"
  | "\f"
  | "\r"
  | " "
  | "\u0085"
  | "\u00a0"
  | "\u1680"
  | "\u2000"
  | "\u2001"
  | "\u2002"
  | "\u2003"
  | "\u2004"
  | "\u2005"
  | "\u2006"
  | "\u2007"
  | "\u2008"
  | "\u2009"
  | "\u200a"
  | "\u2028"
  | "\u2029"
  | "\u202f"
  | "\u205f"
  | "\u3000";

/**
 * The rest of ASCII, so that a character outside it can be called out: a Cyrillic "а" quoted on
 * its own reads as the Latin letter it imitates. C0 control characters need no name of their
 * own, since the compiler prints them escaped; DEL and the C1 controls it prints raw, so those
 * are named below.
 */
export type Ascii =
  | "!"
  | '"'
  | "#"
  | "$"
  | "%"
  | "&"
  | "'"
  | "("
  | ")"
  | "*"
  | "+"
  | ","
  | "."
  | "/"
  | ":"
  | ";"
  | "<"
  | "="
  | ">"
  | "?"
  | "@"
  | "["
  | "\\"
  | "]"
  | "^"
  | "`"
  | "{"
  | "|"
  | "}"
  | "~"
  | "\u0000"
  | "\u0001"
  | "\u0002"
  | "\u0003"
  | "\u0004"
  | "\u0005"
  | "\u0006"
  | "\u0007"
  | "\u0008"
  | "\u000e"
  | "\u000f"
  | "\u0010"
  | "\u0011"
  | "\u0012"
  | "\u0013"
  | "\u0014"
  | "\u0015"
  | "\u0016"
  | "\u0017"
  | "\u0018"
  | "\u0019"
  | "\u001a"
  | "\u001b"
  | "\u001c"
  | "\u001d"
  | "\u001e"
  | "\u001f"
  | Whitespace;

/**
 * Characters a quote would not show: those that print as nothing or as a plain space, in an
 * editor and in the compiler's message alike, and the quote itself. They are named by code point.
 */
export interface Named {
  "'": "U+0027 (apostrophe)";
  "\u007f": "U+007F (delete)";
  "\u0080": "U+0080 (control)";
  "\u0081": "U+0081 (control)";
  "\u0082": "U+0082 (control)";
  "\u0083": "U+0083 (control)";
  "\u0084": "U+0084 (control)";
  "\u0086": "U+0086 (control)";
  "\u0087": "U+0087 (control)";
  "\u0088": "U+0088 (control)";
  "\u0089": "U+0089 (control)";
  "\u008a": "U+008A (control)";
  "\u008b": "U+008B (control)";
  "\u008c": "U+008C (control)";
  "\u008d": "U+008D (control)";
  "\u008e": "U+008E (control)";
  "\u008f": "U+008F (control)";
  "\u0090": "U+0090 (control)";
  "\u0091": "U+0091 (control)";
  "\u0092": "U+0092 (control)";
  "\u0093": "U+0093 (control)";
  "\u0094": "U+0094 (control)";
  "\u0095": "U+0095 (control)";
  "\u0096": "U+0096 (control)";
  "\u0097": "U+0097 (control)";
  "\u0098": "U+0098 (control)";
  "\u0099": "U+0099 (control)";
  "\u009a": "U+009A (control)";
  "\u009b": "U+009B (control)";
  "\u009c": "U+009C (control)";
  "\u009d": "U+009D (control)";
  "\u009e": "U+009E (control)";
  "\u009f": "U+009F (control)";
  "\u0085": "U+0085 (next line)";
  "\u00a0": "U+00A0 (no-break space)";
  "\u00ad": "U+00AD (soft hyphen)";
  "\u034f": "U+034F (combining grapheme joiner)";
  "\u061c": "U+061C (Arabic letter mark)";
  "\u115f": "U+115F (Hangul choseong filler)";
  "\u1160": "U+1160 (Hangul jungseong filler)";
  "\u1680": "U+1680 (Ogham space mark)";
  "\u17b4": "U+17B4 (Khmer vowel inherent aq)";
  "\u17b5": "U+17B5 (Khmer vowel inherent aa)";
  "\u180b": "U+180B (Mongolian free variation selector one)";
  "\u180c": "U+180C (Mongolian free variation selector two)";
  "\u180d": "U+180D (Mongolian free variation selector three)";
  "\u180e": "U+180E (Mongolian vowel separator)";
  "\u2000": "U+2000 (en quad)";
  "\u2001": "U+2001 (em quad)";
  "\u2002": "U+2002 (en space)";
  "\u2003": "U+2003 (em space)";
  "\u2004": "U+2004 (three-per-em space)";
  "\u2005": "U+2005 (four-per-em space)";
  "\u2006": "U+2006 (six-per-em space)";
  "\u2007": "U+2007 (figure space)";
  "\u2008": "U+2008 (punctuation space)";
  "\u2009": "U+2009 (thin space)";
  "\u200a": "U+200A (hair space)";
  "\u200b": "U+200B (zero-width space)";
  "\u200c": "U+200C (zero-width non-joiner)";
  "\u200d": "U+200D (zero-width joiner)";
  "\u200e": "U+200E (left-to-right mark)";
  "\u200f": "U+200F (right-to-left mark)";
  "\u2028": "U+2028 (line separator)";
  "\u2029": "U+2029 (paragraph separator)";
  "\u202a": "U+202A (left-to-right embedding)";
  "\u202b": "U+202B (right-to-left embedding)";
  "\u202c": "U+202C (pop directional formatting)";
  "\u202d": "U+202D (left-to-right override)";
  "\u202e": "U+202E (right-to-left override)";
  "\u202f": "U+202F (narrow no-break space)";
  "\u205f": "U+205F (medium mathematical space)";
  "\u2060": "U+2060 (word joiner)";
  "\u2061": "U+2061 (function application)";
  "\u2062": "U+2062 (invisible times)";
  "\u2063": "U+2063 (invisible separator)";
  "\u2064": "U+2064 (invisible plus)";
  "\u2066": "U+2066 (left-to-right isolate)";
  "\u2067": "U+2067 (right-to-left isolate)";
  "\u2068": "U+2068 (first strong isolate)";
  "\u2069": "U+2069 (pop directional isolate)";
  "\u2800": "U+2800 (Braille pattern blank)";
  "\u3000": "U+3000 (ideographic space)";
  "\u3164": "U+3164 (Hangul filler)";
  "\ufe00": "U+FE00 (variation selector-1)";
  "\ufe01": "U+FE01 (variation selector-2)";
  "\ufe02": "U+FE02 (variation selector-3)";
  "\ufe03": "U+FE03 (variation selector-4)";
  "\ufe04": "U+FE04 (variation selector-5)";
  "\ufe05": "U+FE05 (variation selector-6)";
  "\ufe06": "U+FE06 (variation selector-7)";
  "\ufe07": "U+FE07 (variation selector-8)";
  "\ufe08": "U+FE08 (variation selector-9)";
  "\ufe09": "U+FE09 (variation selector-10)";
  "\ufe0a": "U+FE0A (variation selector-11)";
  "\ufe0b": "U+FE0B (variation selector-12)";
  "\ufe0c": "U+FE0C (variation selector-13)";
  "\ufe0d": "U+FE0D (variation selector-14)";
  "\ufe0e": "U+FE0E (variation selector-15)";
  "\ufe0f": "U+FE0F (variation selector-16)";
  "\ufeff": "U+FEFF (zero-width no-break space)";
  "\uffa0": "U+FFA0 (halfwidth Hangul filler)";
}
