#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace desk::ids {

// Validators and masks for the identifiers staff handle every day (DOMAIN.md, "Identifier rules").
// Pure functions: no database, no UI.

// USCC, GB 32100-2015: 18 characters from 0-9 A-H J-N P-R T U W-Y, last one a check character.
// The alphabet is upper-case only: callers fold case first if they accept typed input.
bool isUsccShape(QStringView code);            // 18 characters of the USCC alphabet (check not verified)
QChar usccCheckCharacter(QStringView first17); // null QChar if a character is outside the alphabet
bool isValidUscc(QStringView code);            // checkUscc(code).valid()
int usccCharacterValue(QChar c);               // position in the USCC alphabet, -1 outside it

// What a USCC's parts say, GB 32100-2015 section 4:
//   1     registration authority code: 1 establishment offices, 2 foreign affairs, 3 justice, 4 culture, 5 civil
//         affairs, 6 tourism, 7 religious affairs, 8 trade unions, 9 market regulation (industry and commerce),
//         A the Central Military Commission's establishment office, N agriculture, Y other;
//   2     entity type, from the list of its registration authority (table in Identifiers.cpp);
//   3-8   administrative division code of the registering office (GB/T 2260): six digits;
//   9-17  organization code (GB 11714);
//   18    check character.
// Table 1 of the 2015 text has the authorities 1, 5, 9 and Y; 2, 3, 4, 6, 7, 8, A and N were assigned later by
// the national code administration and appear in codes issued since, so they are accepted too.
struct UsccCheck
{
    // In the order they are checked: the format, then the check character (a wrong one is most often a typing
    // slip, so it is reported first), then the parts of a code whose check character is right.
    enum class Problem {
        None,
        Length,
        Characters,
        CheckCharacter,
        RegistrationAuthority,
        EntityType,
        DivisionCode,
    };
    Problem problem = Problem::Length;
    QString code;        // the code checked
    QChar expectedCheck; // the check character the first 17 characters call for; null unless they are all valid
    bool valid() const { return problem == Problem::None; }
    QString message() const; // translated, names the broken rule; empty when valid
};
UsccCheck checkUscc(QStringView code);

// Organization code, GB 11714-1997 (characters 9-17 of a USCC): 8 digits or upper-case letters + check
// character (weights 3,7,9,10,5,8,4,2; 11 - sum mod 11, 10 -> X, 11 -> 0). Null QChar for other characters.
QChar organizationCodeCheckCharacter(QStringView first8);

enum class Sex { Unknown, Male, Female };

// The documents whose numbers are built like a resident ID number (GB 11643: 17 digits and a check
// character, the birth date in digits 7-14), told apart by their first digits:
//   ResidentIdCard          a province-level code of GB/T 2260: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65,
//                           71 Taiwan, 81 Hong Kong, 82 Macao. The rule is the standard's list. Cards are issued
//                           on the mainland only, but numbers starting 81 and 82 exist (the residence permits of the
//                           next line) and their holders give them as resident ID numbers: resident_id takes them.
//   HkMoResidencePermit     residence permit for Hong Kong and Macao residents (2018): 810000 / 820000.
//   TwResidencePermit       residence permit for Taiwan residents (2018): 830000 (83 is not a GB/T 2260 code).
//   PermanentResidenceCard  foreigner's permanent residence ID card, 2023 edition: 9, the province-level code of
//                           the mainland office that took the application, 3 digits of nationality.
// Only the first two digits (the first three for the permanent residence card) are checked: there is no
// county-level table, so a county code that does not exist (or did not in the birth year) is not noticed.
enum class IdDocument { ResidentIdCard, HkMoResidencePermit, TwResidencePermit, PermanentResidenceCard };

struct ResidentIdCheck
{
    // In the order they are checked: a Region problem is reported only for a number whose birth date and check
    // digit are right, so "the check digit is correct" stays true of every number without one of the others.
    enum class Problem { None, Length, Characters, BirthDate, CheckDigit, Region };
    Problem problem = Problem::Length;
    IdDocument document = IdDocument::ResidentIdCard; // the document the number was checked as
    QDate birthDate; // valid when the birth-date digits form a real date
    Sex sex = Sex::Unknown;
    QString regionCode; // first six digits
    bool valid() const { return problem == Problem::None; }
    QString message() const; // translated explanation of the problem, empty when valid
};

// Resident ID, GB 11643-1999: 17 digits + check character (0-9 or upper-case X; a lower-case x is a
// Characters problem: normalise typed input first). The birth date (digits 7-14) must be a real date,
// not before 1900 and not after `today`. The 17th digit is odd for men, even for women. The first digits
// must fit `document` (see IdDocument).
QChar residentIdCheckCharacter(QStringView first17); // null QChar if not 17 digits
bool isResidentIdShape(QStringView number);          // 17 digits + digit or X (nothing else verified)
ResidentIdCheck checkResidentId(QStringView number, const QDate &today = QDate::currentDate(),
                                IdDocument document = IdDocument::ResidentIdCard);
bool isValidResidentId(QStringView number); // as a ResidentIdCard, today

// The document an 18-character number is most likely to be, from its first digits alone: 9 a permanent
// residence card, 81 or 82 a Hong Kong or Macao residence permit, 83 a Taiwan one, anything else a resident ID
// card (whose check then says whether the province exists). For look-ups, where no document type is given.
IdDocument likelyIdDocument(QStringView number);

// Which document a number given under an ID type (accounts.id_type, the appeal forms' id_type) is checked as,
// or nullopt when that type's numbers are not GB 11643 numbers:
//   resident_id   always a ResidentIdCard (so 83 and 9 numbers are refused, with a message naming their type);
//   hk_mo_permit  18 characters: a HkMoResidencePermit; shorter: the home-return permit (H/M + 8 or 10 digits);
//   tw_permit     18 characters: a TwResidencePermit; shorter: the Taiwan compatriot permit (8 or 10 digits);
//   other         18 characters starting with 9: a PermanentResidenceCard; anything else is not checked;
//   passport      never (passport numbers are letters and digits of the issuing country's making);
//   anything else nullopt.
std::optional<IdDocument> idDocumentForType(QStringView idType, QStringView number);

// Mainland mobile number: 11 digits starting 1[3-9].
bool isMainlandMobile(QStringView phone);

// Login name: ASCII letters, digits, underscore; 4 to 64 characters.
bool isValidLoginName(QStringView login);

// Password policy: at least 8 characters and 3 of the 4 classes: ASCII upper-case, ASCII lower-case, digit,
// symbol (any other printable character except spaces, including non-ASCII letters). The message names what
// is missing.
struct PasswordCheck
{
    bool ok = false;
    QString message; // translated, empty when ok
};
PasswordCheck checkPassword(QStringView password);

// Masking for screen and exports. The result has one '*' per hidden character; short input reveals less
// and never everything:
//   ID numbers: 12+ characters keep first 3 and last 3 (410************65X); 6-11 (permits, passports) keep
//               the first and the last (E*******8); shorter ones are starred completely.
//   phones:     11+ characters keep first 3 and last 4 (155****6621); 6-10 keep the last 2; shorter: all starred.
//   e-mail:     first character of a local part of 2+ characters, then "***", then the domain.
QString maskIdNumber(QStringView number);
QString maskPhone(QStringView phone);
QString maskEmail(QStringView email); // z***@example.cn
QString maskUscc(QStringView uscc);   // USCCs are public register data: returned unchanged

// Typed-input normalisation: full-width ASCII (U+FF01..U+FF5E) to half-width, ideographic space to space.
QString foldFullWidth(QStringView text);

} // namespace desk::ids
