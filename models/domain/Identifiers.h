#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace desk::ids {

// Validators and masks for the identifiers staff handle every day (DOMAIN.md, "Identifier rules").
// Pure functions: no database, no UI.

// USCC, GB 32100-2015: 18 characters from 0-9 A-H J-N P-R T U W-Y, last one a check character.
// The alphabet is upper-case only: callers fold case first if they accept typed input.
bool isUsccShape(QStringView code);            // 18 characters of the USCC alphabet (check not verified)
QChar usccCheckCharacter(QStringView first17); // null QChar if a character is outside the alphabet
bool isValidUscc(QStringView code);            // shape + check character
int usccCharacterValue(QChar c);               // position in the USCC alphabet, -1 outside it

// Organization code, GB 11714-1997 (characters 9-17 of a USCC): 8 digits or upper-case letters + check
// character (weights 3,7,9,10,5,8,4,2; 11 - sum mod 11, 10 -> X, 11 -> 0). Null QChar for other characters.
QChar organizationCodeCheckCharacter(QStringView first8);

enum class Sex { Unknown, Male, Female };

struct ResidentIdCheck
{
    enum class Problem { None, Length, Characters, BirthDate, CheckDigit };
    Problem problem = Problem::Length;
    QDate birthDate; // valid when the birth-date digits form a real date
    Sex sex = Sex::Unknown;
    QString regionCode; // first six digits
    bool valid() const { return problem == Problem::None; }
    QString message() const; // translated explanation of the problem, empty when valid
};

// Resident ID, GB 11643-1999: 17 digits + check character (0-9 or upper-case X; a lower-case x is a
// Characters problem: normalise typed input first). The birth date (digits 7-14) must be a real date,
// not before 1900 and not after `today`. The 17th digit is odd for men, even for women.
QChar residentIdCheckCharacter(QStringView first17); // null QChar if not 17 digits
bool isResidentIdShape(QStringView number);          // 17 digits + digit or X (nothing else verified)
ResidentIdCheck checkResidentId(QStringView number, const QDate &today = QDate::currentDate());
bool isValidResidentId(QStringView number);

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
