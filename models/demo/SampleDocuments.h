#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>

namespace desk {

// Synthetic pictures of the documents an appeal carries, for the demo data: ID card front and back, business
// licence, authorization letter, name-change declaration. They look like the real thing in layout only: every
// picture carries a large diagonal watermark "样例 SAMPLE – 非真实证件", the ID card has no national emblem and a
// grey photo placeholder, and every seal reads 样例章 under its star, so no picture can pass for a real document.
//
// Drawing text needs fonts, and Qt only loads fonts inside a QGuiApplication (a QCoreApplication has no font
// database). canRender() says whether the running application can draw; a command-line tool creates a
// QGuiApplication on the "offscreen" platform before it renders (no display is needed). The printed captions
// (姓名, 公民身份号码, 营业执照 ...) are part of the pictured document, so they are Chinese whatever the interface
// language. Fonts: Noto Sans CJK SC, else another CJK family the system has.
class SampleDocuments
{
    Q_DECLARE_TR_FUNCTIONS(desk::SampleDocuments)

public:
    enum class Kind {
        IdFront,               // 居民身份证 portrait side
        IdBack,                // 居民身份证 emblem side: issuing authority and validity
        BusinessLicence,       // 营业执照
        AuthorizationLetter,   // 授权委托书
        NameChangeDeclaration, // 名称变更声明
    };

    struct SampleFields
    {
        // A person (ID card; the agent in a letter).
        QString name;
        QString sex;       // 男 / 女
        QString ethnicity; // 汉
        QDate birthDate;
        QString address;
        QString idNumber;
        QString issuingAuthority; // 签发机关
        QDate validFrom;
        QDate validUntil; // null: 长期 (no expiry)

        // An organization.
        QString organizationName;
        QString previousOrganizationName; // name-change declaration
        QString uscc;
        QString legalRepresentative;
        QString organizationType; // 有限责任公司（自然人投资或控股）
        QString organizationAddress;
        QDate establishedOn;
        QString registrationAuthority; // the seal on the licence

        // Letters.
        QString bodyText; // replaces the standard wording when set
        QDate signedOn;
    };

    static constexpr QSize kIdCardSize{1000, 630};
    static constexpr QSize kLicenceSize{1400, 990};
    static constexpr QSize kLetterSize{1000, 1414};

    // Whether render() can draw here: true inside a QGuiApplication (or QApplication).
    static bool canRender();

    // The picture as JPEG, under DocumentCheck::kMaxBytes (the quality is lowered if needed). Empty when
    // canRender() is false.
    static QByteArray render(Kind kind, const SampleFields &fields, int quality = 80);

    // The picture itself; a null image when canRender() is false.
    static QImage renderImage(Kind kind, const SampleFields &fields);

    static QSize imageSize(Kind kind);

    // Plausible values for every field (a made-up person 李样例 and organization 北京样例科技有限公司).
    static SampleFields exampleFields();

    // Translated title for lists: "ID card front", "Business licence" ...
    static QString title(Kind kind);
    // A file name as an upload would carry it: "id-front.jpg", "business-licence.jpg" ...
    static QString fileName(Kind kind);

    // The watermark text every picture carries.
    static QString watermarkText();
};

} // namespace desk
