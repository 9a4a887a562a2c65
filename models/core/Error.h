#pragma once

#include <QString>

namespace desk {

// An error the data and workflow layers hand upwards. The code lets callers react;
// the message is already translated and names what went wrong, ready for the UI or stderr.
struct Error
{
    enum class Code {
        None,
        InvalidInput,      // malformed identifier, query, URL or file content
        NotFound,
        Conflict,          // uniqueness or state conflict (already bound, already claimed, ...)
        PermissionDenied,  // the staff member's role does not allow the action
        AuthFailed,        // wrong login name or password
        ConnectionFailed,  // server unreachable, refused, lost connection
        SchemaTooNew,      // the database was written by a newer IdentityDesk
        Database,          // any other database failure
        Io,
        Cancelled,
        Internal,
    };

    Code code = Code::None;
    QString message;

    Error() = default;
    Error(Code c, QString msg) : code(c), message(std::move(msg)) {}
};

} // namespace desk
