#pragma once

#include <QString>

namespace desk {

// Every text that reaches a citizen: SMS bodies and the decision reasons stored for the user. They are
// Simplified Chinese whatever language the reviewer's screen uses, so they never go through the translator
// (tr()). Reason templates' SMS texts come from the database and are Chinese already.
class CitizenTexts
{
public:
    // The SMS that tells the user their appeal was approved; `password` is newPasswordSlot() in the stored
    // message (the SMS sender generates the password and puts it there when it delivers), or
    // AppealService::passwordMask() for the preview staff may see.
    static QString appealApprovedSms(qint64 appealId, const QString &login, const QString &password);
    // Where the new password goes in a stored message; never text a citizen could type into a form.
    static QString newPasswordSlot() { return QStringLiteral("{{new_password}}"); }
    // The decision reason stored with an approved appeal.
    static QString appealApprovedReason(const QString &login);
    // A rejection's decision reason: the template's title and the reviewer's free text (if any).
    static QString appealRejectedReason(const QString &templateTitle, const QString &freeText);
    // What the user is told when rejected or asked for documents: the template's SMS text and the free text.
    static QString appealUserMessage(const QString &templateSmsText, const QString &freeText);

    // The SMS after a manual real-name review: approved, or rejected with the reasons' texts and the free text.
    static QString reviewApprovedSms(const QString &ref, const QString &login);
    // reasonTexts: the templates' titles, and per document "<document>：<title or text>".
    static QString reviewRejectedSms(const QString &ref, const QStringList &reasonTexts, const QString &freeText);
    // A review document's name as the user knows it (身份证人像面, 营业执照, ...).
    static QString reviewDocumentLabel(const QString &kind);
    // The decision reason stored with a review.
    static QString reviewApprovedReason(const QString &login);
    // The FAQ's answer for an expired delegation, as staff read it to the caller.
    static QString delegationExpired();
};

} // namespace desk
