#include "demo/SampleDocuments.h"

#include "domain/DocumentCheck.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <cmath>
#include <numbers>

namespace desk {

namespace {

// Families with Simplified Chinese glyphs, best first: Debian's fonts-noto-cjk, then what Windows and macOS have.
QStringList cjkFamilies(bool monospace)
{
    static const QStringList sans = [] {
        const QStringList wanted{QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Source Han Sans SC"),
                                 QStringLiteral("Microsoft YaHei"),    QStringLiteral("PingFang SC"),
                                 QStringLiteral("SimHei"),             QStringLiteral("WenQuanYi Micro Hei"),
                                 QStringLiteral("Droid Sans Fallback")};
        const QStringList installed = QFontDatabase::families();
        QStringList ordered;
        for (const QString &family : wanted) {
            if (installed.contains(family, Qt::CaseInsensitive))
                ordered.append(family);
        }
        // Those not installed stay at the end: Qt skips them, and a system that gains one later still finds it.
        for (const QString &family : wanted) {
            if (!ordered.contains(family))
                ordered.append(family);
        }
        return ordered;
    }();
    if (!monospace)
        return sans;
    return QStringList{QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"),
                       QStringLiteral("Consolas")}
        + sans;
}

QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal, bool monospace = false)
{
    QFont f;
    f.setFamilies(cjkFamilies(monospace));
    f.setStyleHint(monospace ? QFont::Monospace : QFont::SansSerif);
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setWeight(weight);
    return f;
}

const QColor kCaptionBlue(38, 98, 168);
const QColor kInk(24, 24, 24);
const QColor kSealRed(214, 30, 30, 225);
const QColor kTitleRed(176, 38, 32);

QString orDefault(const QString &value, const QString &fallback)
{
    return value.trimmed().isEmpty() ? fallback : value;
}

QString chineseDate(const QDate &date, bool padded)
{
    if (!date.isValid())
        return {};
    const int width = padded ? 2 : 0;
    return QStringLiteral("%1 年 %2 月 %3 日")
        .arg(date.year())
        .arg(date.month(), width, 10, QLatin1Char('0'))
        .arg(date.day(), width, 10, QLatin1Char('0'));
}

QString dottedDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy.MM.dd")) : QString();
}

void drawTextAt(QPainter &p, qreal x, qreal baseline, const QString &text, const QFont &f, const QColor &color)
{
    p.setFont(f);
    p.setPen(color);
    p.drawText(QPointF(x, baseline), text);
}

// Wrapped text inside a box; returns the height used.
qreal drawWrapped(QPainter &p, const QRectF &box, const QString &text, const QFont &f, const QColor &color)
{
    p.setFont(f);
    p.setPen(color);
    QRectF used;
    p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.height();
}

// Faint guilloche-like waves, so the card does not look like a blank form.
void drawSecurityPattern(QPainter &p, const QRectF &area, const QColor &color)
{
    p.save();
    p.setClipRect(area);
    p.setPen(QPen(color, 1.2));
    p.setBrush(Qt::NoBrush);
    for (int k = 0; k < 14; ++k) {
        QPainterPath wave;
        const qreal y0 = area.top() + area.height() * (k + 0.5) / 14.0;
        wave.moveTo(area.left(), y0);
        for (qreal x = area.left(); x <= area.right(); x += 6) {
            const qreal t = (x - area.left()) / area.width();
            wave.lineTo(x, y0 + 14.0 * std::sin(t * 6.0 * std::numbers::pi + k * 0.7));
        }
        p.drawPath(wave);
    }
    p.restore();
}

void drawCardBackground(QPainter &p, const QSize &size)
{
    p.fillRect(QRect(QPoint(0, 0), size), QColor(250, 250, 250));
    const QRectF card(8, 8, size.width() - 16, size.height() - 16);
    QLinearGradient gradient(card.topLeft(), card.bottomRight());
    gradient.setColorAt(0.0, QColor(226, 238, 246));
    gradient.setColorAt(0.55, QColor(240, 244, 236));
    gradient.setColorAt(1.0, QColor(247, 236, 222));
    QPainterPath shape;
    shape.addRoundedRect(card, 36, 36);
    p.fillPath(shape, gradient);
    p.save();
    p.setClipPath(shape);
    drawSecurityPattern(p, card, QColor(150, 190, 215, 70));
    p.restore();
    p.setPen(QPen(QColor(170, 185, 200), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);
}

// A red round company seal: the name along the upper arc, a star, and 样例章 (sample seal) under the star.
void drawSeal(QPainter &p, const QPointF &center, qreal radius, const QString &name)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_Multiply);

    const qreal ring = radius * 0.055;
    p.setPen(QPen(kSealRed, ring));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(center, radius - ring / 2, radius - ring / 2);

    // Five-pointed star.
    QPolygonF star;
    const qreal outer = radius * 0.27;
    const qreal inner = outer * 0.382;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? outer : inner;
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        star << QPointF(center.x() + r * std::cos(angle), center.y() + r * std::sin(angle));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(kSealRed);
    p.drawPolygon(star);

    // The name, clockwise along the top, each character upright towards the centre.
    const int n = int(name.size());
    if (n > 0) {
        const qreal textRadius = radius * 0.74;
        const qreal span = qMin(250.0, 24.0 * n) * std::numbers::pi / 180.0;
        const qreal perChar = textRadius * span / n;
        const QFont f = font(qMin(radius * 0.25, perChar * 0.92), QFont::Bold);
        const QFontMetricsF metrics(f);
        p.setFont(f);
        p.setPen(kSealRed);
        const qreal start = -std::numbers::pi / 2 - span / 2;
        for (int i = 0; i < n; ++i) {
            const qreal angle = start + span * (i + 0.5) / n;
            p.save();
            p.translate(center.x() + textRadius * std::cos(angle), center.y() + textRadius * std::sin(angle));
            p.rotate(angle * 180.0 / std::numbers::pi + 90.0);
            const QString ch(name.at(i));
            const qreal w = metrics.horizontalAdvance(ch);
            p.drawText(QPointF(-w / 2, metrics.ascent() / 2 - metrics.descent() / 2 + metrics.height() * 0.18), ch);
            p.restore();
        }
    }

    const QFont bottom = font(radius * 0.17, QFont::Bold);
    const QFontMetricsF bm(bottom);
    const QString label = QStringLiteral("样例章");
    drawTextAt(p, center.x() - bm.horizontalAdvance(label) / 2, center.y() + radius * 0.58, label, bottom, kSealRed);
    p.restore();
}

// A handwritten-looking signature: the name in an italic, slightly tilted.
void drawSignature(QPainter &p, const QPointF &at, const QString &name, qreal size)
{
    p.save();
    p.translate(at);
    p.rotate(-6);
    QFont f = font(size, QFont::Medium);
    f.setItalic(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 92);
    drawTextAt(p, 0, 0, name, f, QColor(20, 40, 110));
    p.restore();
}

// A stand-in for the holder's photo that differs from card to card (`seed`: the ID number), the way real
// photos do: the real-name review compares photo sides by a perceptual hash, which identical placeholders would
// all match.
void drawPhotoPlaceholder(QPainter &p, const QRectF &box, const QString &seed)
{
    const size_t h = qHash(seed, 0x5eed);
    const int background = 60 + int(h % 180);
    const int figure = background > 150 ? background - 90 : background + 90;
    const qreal shift = (qreal((h / 180) % 101) - 50) / 100.0 * box.width() * 0.3;
    p.save();
    p.fillRect(box, QColor(background, background, background));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(figure, figure, figure));
    p.setClipRect(box);
    p.translate(shift, 0);
    const QPointF head(box.center().x(), box.top() + box.height() * 0.36);
    p.drawEllipse(head, box.width() * 0.21, box.height() * 0.2);
    QPainterPath shoulders;
    shoulders.moveTo(box.left() + box.width() * 0.08, box.bottom());
    shoulders.cubicTo(box.left() + box.width() * 0.1, box.top() + box.height() * 0.62,
                      box.right() - box.width() * 0.1, box.top() + box.height() * 0.62,
                      box.right() - box.width() * 0.08, box.bottom());
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    const QFont f = font(22);
    const QFontMetricsF m(f);
    const QString text = QStringLiteral("照片占位");
    drawTextAt(p, box.center().x() - m.horizontalAdvance(text) / 2, box.bottom() - 14, text, f, QColor(110, 110, 110));
    p.restore();
}

void drawIdFront(QPainter &p, const QSize &size, const SampleDocuments::SampleFields &fields)
{
    drawCardBackground(p, size);
    const QFont caption = font(28);
    const QFont value = font(32, QFont::Medium);
    const qreal labelX = 70;
    const qreal valueX = 170;

    drawTextAt(p, labelX, 110, QStringLiteral("姓名"), caption, kCaptionBlue);
    drawTextAt(p, valueX, 110, fields.name, font(36, QFont::Medium), kInk);

    drawTextAt(p, labelX, 180, QStringLiteral("性别"), caption, kCaptionBlue);
    drawTextAt(p, valueX, 180, fields.sex, value, kInk);
    drawTextAt(p, 300, 180, QStringLiteral("民族"), caption, kCaptionBlue);
    drawTextAt(p, 400, 180, fields.ethnicity, value, kInk);

    drawTextAt(p, labelX, 250, QStringLiteral("出生"), caption, kCaptionBlue);
    drawTextAt(p, valueX, 250, chineseDate(fields.birthDate, false), value, kInk);

    drawTextAt(p, labelX, 320, QStringLiteral("住址"), caption, kCaptionBlue);
    drawWrapped(p, QRectF(valueX, 288, 440, 170), fields.address, value, kInk);

    drawTextAt(p, labelX, 545, QStringLiteral("公民身份号码"), caption, kCaptionBlue);
    QFont number = font(40, QFont::Medium, true);
    number.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    drawTextAt(p, 300, 548, fields.idNumber, number, kInk);

    drawPhotoPlaceholder(p, QRectF(650, 70, 280, 350), fields.idNumber);
}

void drawIdBack(QPainter &p, const QSize &size, const SampleDocuments::SampleFields &fields)
{
    drawCardBackground(p, size);

    // Where the real card has the national emblem: an empty dashed circle marked 样例.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(190, 60, 50), 3, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    const QPointF emblem(165, 165);
    p.drawEllipse(emblem, 95, 95);
    const QFont mark = font(40, QFont::Bold);
    const QFontMetricsF mm(mark);
    drawTextAt(p, emblem.x() - mm.horizontalAdvance(QStringLiteral("样例")) / 2, emblem.y() + 14, QStringLiteral("样例"),
               mark, QColor(190, 60, 50));
    p.restore();

    QFont country = font(48, QFont::Bold);
    country.setLetterSpacing(QFont::AbsoluteSpacing, 10);
    drawTextAt(p, 320, 130, QStringLiteral("中华人民共和国"), country, kInk);
    QFont card = font(76, QFont::Bold);
    card.setLetterSpacing(QFont::AbsoluteSpacing, 18);
    drawTextAt(p, 300, 260, QStringLiteral("居民身份证"), card, kInk);

    const QFont caption = font(28);
    const QFont value = font(32, QFont::Medium);
    drawTextAt(p, 190, 460, QStringLiteral("签发机关"), caption, kCaptionBlue);
    drawTextAt(p, 340, 460, fields.issuingAuthority, value, kInk);
    drawTextAt(p, 190, 540, QStringLiteral("有效期限"), caption, kCaptionBlue);
    const QString until = fields.validUntil.isValid() ? dottedDate(fields.validUntil) : QStringLiteral("长期");
    drawTextAt(p, 340, 540, dottedDate(fields.validFrom) + QLatin1Char('-') + until, value, kInk);
}

void drawLicence(QPainter &p, const QSize &size, const SampleDocuments::SampleFields &fields)
{
    const QRectF page(0, 0, size.width(), size.height());
    p.fillRect(page, QColor(251, 247, 238));
    drawSecurityPattern(p, page.adjusted(60, 60, -60, -60), QColor(220, 180, 150, 45));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kTitleRed, 8));
    p.drawRect(page.adjusted(28, 28, -28, -28));
    p.setPen(QPen(kTitleRed, 2));
    p.drawRect(page.adjusted(46, 46, -46, -46));

    const QFont caption = font(26);
    drawTextAt(p, 100, 120, QStringLiteral("统一社会信用代码"), caption, kInk);
    QFont code = font(32, QFont::Medium, true);
    code.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    drawTextAt(p, 100, 164, fields.uscc, code, kInk);

    QFont title = font(100, QFont::Bold);
    title.setLetterSpacing(QFont::AbsoluteSpacing, 40);
    const QFontMetricsF tm(title);
    const QString titleText = QStringLiteral("营业执照");
    drawTextAt(p, (size.width() - tm.horizontalAdvance(titleText)) / 2 + 20, 250, titleText, title, kTitleRed);
    const QFont sub = font(30);
    const QFontMetricsF sm(sub);
    const QString subText = QStringLiteral("（样　例）");
    drawTextAt(p, (size.width() - sm.horizontalAdvance(subText)) / 2, 310, subText, sub, kInk);

    const QFont label = font(32, QFont::Medium);
    const QFont value = font(32);
    struct Row
    {
        QString label;
        QString value;
    };
    const Row rows[] = {
        {QStringLiteral("名　　称"), fields.organizationName},
        {QStringLiteral("类　　型"), fields.organizationType},
        {QStringLiteral("法定代表人"), fields.legalRepresentative},
        {QStringLiteral("成立日期"), chineseDate(fields.establishedOn, true)},
        {QStringLiteral("住　　所"), fields.organizationAddress},
    };
    qreal y = 400;
    for (const Row &row : rows) {
        drawTextAt(p, 150, y + 32, row.label, label, kInk);
        const qreal used = drawWrapped(p, QRectF(360, y, 560, 140), row.value, value, kInk);
        y += qMax<qreal>(66, used + 24);
    }

    const QPointF sealCenter(1120, 770);
    drawTextAt(p, 860, 740, QStringLiteral("登记机关"), label, kInk);
    drawTextAt(p, 980, 880, chineseDate(fields.establishedOn, true), value, kInk);
    drawSeal(p, sealCenter, 120, fields.registrationAuthority);
}

QString letterBody(SampleDocuments::Kind kind, const SampleDocuments::SampleFields &f)
{
    if (!f.bodyText.trimmed().isEmpty())
        return f.bodyText;
    if (kind == SampleDocuments::Kind::AuthorizationLetter) {
        return QStringLiteral("致统一身份认证平台：\n"
                              "　　兹授权我单位员工%1（居民身份证号码：%2）作为我单位%3（统一社会信用代码：%4）"
                              "的经办人，代表我单位办理统一身份认证平台单位账号的申诉找回、信息变更及相关事宜。"
                              "经办人在办理上述事项过程中所签署的有关文件，我单位均予以认可。\n"
                              "　　授权期限：自签署之日起一年。\n"
                              "　　特此授权。")
            .arg(f.name, f.idNumber, f.organizationName, f.uscc);
    }
    return QStringLiteral("致统一身份认证平台：\n"
                          "　　我单位原名称为“%1”，经登记机关核准，现已变更为“%2”，统一社会信用代码 %3 保持不变。"
                          "我单位在平台的单位账号系以原名称注册，特申请按新名称办理账号申诉及信息变更。\n"
                          "　　我单位承诺以上信息真实有效，如有不实，愿承担相应法律责任。\n"
                          "　　特此声明。")
        .arg(f.previousOrganizationName, f.organizationName, f.uscc);
}

void drawLetter(QPainter &p, const QSize &size, SampleDocuments::Kind kind, const SampleDocuments::SampleFields &fields)
{
    p.fillRect(QRect(QPoint(0, 0), size), QColor(255, 254, 250));

    QFont title = font(60, QFont::Bold);
    title.setLetterSpacing(QFont::AbsoluteSpacing, 12);
    const QFontMetricsF tm(title);
    const QString titleText = kind == SampleDocuments::Kind::AuthorizationLetter ? QStringLiteral("授权委托书")
                                                                                 : QStringLiteral("名称变更声明");
    drawTextAt(p, (size.width() - tm.horizontalAdvance(titleText)) / 2, 170, titleText, title, kInk);

    const QFont body = font(32);
    qreal y = 270;
    const QStringList paragraphs = letterBody(kind, fields).split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        y += drawWrapped(p, QRectF(110, y, size.width() - 220, size.height() - y - 420), paragraph, body, kInk) + 14;
    }

    const QFont text = font(32);
    const qreal signX = 380;
    const qreal signY = qMax<qreal>(y + 120, 1010);
    // The organization line shrinks to fit the page rather than run off it.
    const QString unitLine = QStringLiteral("单位（盖章）：") + fields.organizationName;
    const qreal room = size.width() - 60 - signX;
    const qreal natural = QFontMetricsF(text).horizontalAdvance(unitLine);
    drawTextAt(p, signX, signY, unitLine, natural > room ? font(32 * room / natural) : text, kInk);
    const QString signLabel = kind == SampleDocuments::Kind::AuthorizationLetter ? QStringLiteral("法定代表人（签字）：")
                                                                                 : QStringLiteral("经办人（签字）：");
    drawTextAt(p, signX, signY + 90, signLabel, text, kInk);
    const qreal lineStart = signX + QFontMetricsF(text).horizontalAdvance(signLabel);
    p.setPen(QPen(kInk, 2));
    p.drawLine(QPointF(lineStart, signY + 100), QPointF(size.width() - 90, signY + 100));
    const QString signer = kind == SampleDocuments::Kind::AuthorizationLetter ? fields.legalRepresentative : fields.name;
    drawSignature(p, QPointF(lineStart + 20, signY + 88), signer, 46);
    drawTextAt(p, signX, signY + 180, QStringLiteral("日期：") + chineseDate(fields.signedOn, false), text, kInk);

    drawSeal(p, QPointF(signX + 250, signY + 20), 135, fields.organizationName);
}

// One big diagonal "样例 SAMPLE – 非真实证件" across the whole picture, and a faint small tiling of it, so no
// crop of the picture is free of it.
void drawWatermark(QPainter &p, const QSize &size)
{
    const QString text = SampleDocuments::watermarkText();
    const qreal angle = -std::atan2(qreal(size.height()), qreal(size.width())) * 180.0 / std::numbers::pi;
    const qreal diagonal = std::hypot(qreal(size.width()), qreal(size.height()));

    p.save();
    p.setRenderHint(QPainter::Antialiasing);

    // Tiling.
    const QFont small = font(26, QFont::Bold);
    const QFontMetricsF sm(small);
    const qreal stepX = sm.horizontalAdvance(text) + 80;
    p.save();
    p.translate(size.width() / 2.0, size.height() / 2.0);
    p.rotate(angle);
    p.setFont(small);
    p.setPen(QColor(200, 0, 0, 38));
    const int rows = int(diagonal / 110) + 1;
    for (int row = 0; row < rows; ++row) {
        const qreal yy = -diagonal / 2 + row * 110.0;
        const qreal shift = (row % 2) * stepX / 2; // brick pattern
        for (qreal xx = -diagonal / 2 - shift; xx < diagonal / 2; xx += stepX)
            p.drawText(QPointF(xx, yy), text);
    }
    p.restore();

    // The large one, fitted to 85 % of the diagonal.
    QFont big = font(100, QFont::Black);
    const qreal natural = QFontMetricsF(big).horizontalAdvance(text);
    big.setPixelSize(qMax(12, qRound(100 * diagonal * 0.85 / natural)));
    QPainterPath path;
    path.addText(0, 0, big, text);
    const QRectF bounds = path.boundingRect();
    p.translate(size.width() / 2.0, size.height() / 2.0);
    p.rotate(angle);
    p.translate(-bounds.center());
    p.setPen(QPen(QColor(255, 255, 255, 150), 3));
    p.setBrush(QColor(205, 0, 0, 95));
    p.drawPath(path);
    p.restore();
}

} // namespace

bool SampleDocuments::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QSize SampleDocuments::imageSize(Kind kind)
{
    switch (kind) {
    case Kind::IdFront:
    case Kind::IdBack:
        return kIdCardSize;
    case Kind::BusinessLicence:
        return kLicenceSize;
    case Kind::AuthorizationLetter:
    case Kind::NameChangeDeclaration:
        return kLetterSize;
    }
    return kIdCardSize;
}

QString SampleDocuments::watermarkText()
{
    return QStringLiteral("样例 SAMPLE \u2013 非真实证件");
}

QImage SampleDocuments::renderImage(Kind kind, const SampleFields &given)
{
    if (!canRender())
        return {};
    // Missing fields take the example values, so a half-filled request still gives a complete picture.
    const SampleFields example = exampleFields();
    SampleFields f = given;
    f.name = orDefault(f.name, example.name);
    f.sex = orDefault(f.sex, example.sex);
    f.ethnicity = orDefault(f.ethnicity, example.ethnicity);
    if (!f.birthDate.isValid())
        f.birthDate = example.birthDate;
    f.address = orDefault(f.address, example.address);
    f.idNumber = orDefault(f.idNumber, example.idNumber);
    f.issuingAuthority = orDefault(f.issuingAuthority, example.issuingAuthority);
    if (!f.validFrom.isValid())
        f.validFrom = example.validFrom;
    f.organizationName = orDefault(f.organizationName, example.organizationName);
    f.previousOrganizationName = orDefault(f.previousOrganizationName, example.previousOrganizationName);
    f.uscc = orDefault(f.uscc, example.uscc);
    f.legalRepresentative = orDefault(f.legalRepresentative, example.legalRepresentative);
    f.organizationType = orDefault(f.organizationType, example.organizationType);
    f.organizationAddress = orDefault(f.organizationAddress, example.organizationAddress);
    if (!f.establishedOn.isValid())
        f.establishedOn = example.establishedOn;
    f.registrationAuthority = orDefault(f.registrationAuthority, example.registrationAuthority);
    if (!f.signedOn.isValid())
        f.signedOn = example.signedOn;

    const QSize size = imageSize(kind);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    switch (kind) {
    case Kind::IdFront:
        drawIdFront(p, size, f);
        break;
    case Kind::IdBack:
        drawIdBack(p, size, f);
        break;
    case Kind::BusinessLicence:
        drawLicence(p, size, f);
        break;
    case Kind::AuthorizationLetter:
    case Kind::NameChangeDeclaration:
        drawLetter(p, size, kind, f);
        break;
    }
    drawWatermark(p, size);
    p.end();
    return image;
}

QByteArray SampleDocuments::render(Kind kind, const SampleFields &fields, int quality)
{
    const QImage image = renderImage(kind, fields);
    if (image.isNull())
        return {};
    for (int q = qBound(10, quality, 100);; q = qMax(10, q - 10)) {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(q);
        writer.setOptimizedWrite(true);
        if (!writer.write(image))
            return {};
        if (data.size() <= DocumentCheck::kMaxBytes)
            return data;
        if (q == 10)
            return {};
    }
}

SampleDocuments::SampleFields SampleDocuments::exampleFields()
{
    SampleFields f;
    f.name = QStringLiteral("王小明");
    f.sex = QStringLiteral("男");
    f.ethnicity = QStringLiteral("汉");
    f.birthDate = QDate(1988, 6, 15);
    f.address = QStringLiteral("北京市海淀区中关村南大街27号院3号楼2单元501室");
    f.idNumber = QStringLiteral("110108198806150031");
    f.issuingAuthority = QStringLiteral("北京市公安局海淀分局");
    f.validFrom = QDate(2016, 7, 1);
    f.validUntil = QDate(2036, 7, 1);
    f.organizationName = QStringLiteral("北京样例科技有限公司");
    f.previousOrganizationName = QStringLiteral("北京样本信息技术有限公司");
    f.uscc = QStringLiteral("91110108MA01ET88XL");
    f.legalRepresentative = QStringLiteral("张建国");
    f.organizationType = QStringLiteral("有限责任公司（自然人投资或控股）");
    f.organizationAddress = QStringLiteral("北京市海淀区知春路56号8层801");
    f.establishedOn = QDate(2017, 3, 20);
    f.registrationAuthority = QStringLiteral("北京市海淀区市场监督管理局");
    f.signedOn = QDate(2025, 3, 10);
    return f;
}

QString SampleDocuments::title(Kind kind)
{
    switch (kind) {
    case Kind::IdFront:
        return tr("ID card front");
    case Kind::IdBack:
        return tr("ID card back");
    case Kind::BusinessLicence:
        return tr("Business licence");
    case Kind::AuthorizationLetter:
        return tr("Authorization letter");
    case Kind::NameChangeDeclaration:
        return tr("Name-change declaration");
    }
    return {};
}

QString SampleDocuments::fileName(Kind kind)
{
    switch (kind) {
    case Kind::IdFront:
        return QStringLiteral("id-front.jpg");
    case Kind::IdBack:
        return QStringLiteral("id-back.jpg");
    case Kind::BusinessLicence:
        return QStringLiteral("business-licence.jpg");
    case Kind::AuthorizationLetter:
        return QStringLiteral("authorization-letter.jpg");
    case Kind::NameChangeDeclaration:
        return QStringLiteral("name-change-declaration.jpg");
    }
    return {};
}

} // namespace desk
