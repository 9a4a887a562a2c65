#pragma once

#include <QString>

namespace desk {

// What a staff member typed into the look-up box, recognised as one kind of identifier.
// The store turns each kind into a search over the right indexed columns.
struct LookupQuery
{
    enum class Kind {
        Empty,
        Login,    // exact login name (also HJ_ and WGZJXM legacy prefixes)
        Uscc,     // 18 characters, a valid USCC (ids::checkUscc)
        IdNumber, // 18 characters, a valid GB 11643 number of its likely document (ids::likelyIdDocument): resident
                  // ID, Hong Kong/Macao/Taiwan residence permit or permanent residence card
        Code18,   // 18 characters that are neither: a wrong check character, or a rule on the parts broken (unknown
                  // province, letters in a USCC's division code...): legacy invalid code, found with a warning
                  // naming the rule; searches USCC, ID number and login
        Phone,    // mainland mobile: reserved phone or a Torch login
        Name,     // person or organization name prefix (contains CJK, or letters and spaces)
        Invalid,  // cannot be any of the above; message says why
    };

    Kind kind = Kind::Empty;
    // Normalised search text:
    //   all kinds: trimmed; full-width ASCII (U+FF01..U+FF5E) and the ideographic space folded to half-width;
    //   Uscc, IdNumber, Code18, Phone: inner spaces and hyphens removed (and a leading +86 for phones);
    //   Uscc, IdNumber, Code18: upper-cased (a typed lower-case x in an ID number becomes X);
    //   Login: case kept as typed (login names are case-sensitive);
    //   Name: runs of spaces collapsed to one, middle-dot variants (• ・ ‧) made U+00B7, and parentheses made
    //         full-width （ ） as registered Chinese organization names write them.
    QString text;
    // Uscc, IdNumber and Code18: the compacted code with its case as typed (empty for other kinds). Legacy
    // codes are stored as they were typed (seed 002 shows 123456789zxcvbnmaa, and Torch kept valid codes in
    // lower case too): match `text`, text.toLower() and `original` to find them.
    QString original;
    QString warning; // translated, e.g. "check character is wrong: searching as a legacy code"
    QString message; // translated, for Invalid

    static constexpr int kMaxLength = 100; // longer input is Invalid

    static LookupQuery parse(const QString &input);
    static QString kindName(Kind kind); // stable English name for JSON: "login", "uscc", ...
};

} // namespace desk
