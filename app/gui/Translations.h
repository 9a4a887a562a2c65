#pragma once

#include <QString>

namespace desk::i18n {

// Installs the translators for `language` ("zh_CN" or "en") on the running application: IdentityDesk's own
// strings (compiled into the program) and, where installed, Qt's. Replaces translators installed before.
// Returns false if IdentityDesk's translation for the language is missing.
bool install(const QString &language);

} // namespace desk::i18n
