#pragma once

// What the real-name review tests share: pictures that differ (uniform pictures share a perceptual hash), the
// declared data of a request, and a request entry for the JSON import.

#include "TestDocuments.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>

namespace desk::test {

// A picture of random blocks: each seed gives another perceptual hash.
inline QImage patternImage(quint32 seed, QSize size = QSize(160, 100))
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    const int block = 10;
    for (int y = 0; y < size.height(); y += block)
        for (int x = 0; x < size.width(); x += block) {
            const QRgb c = qRgb(rng.bounded(256), rng.bounded(256), rng.bounded(256));
            for (int yy = y; yy < qMin(y + block, size.height()); ++yy)
                for (int xx = x; xx < qMin(x + block, size.width()); ++xx)
                    image.setPixel(xx, yy, c);
        }
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

inline QJsonObject personFields(const QString &idNumber, const char *sex, const char *birth,
                                const char *phone = "13912345678")
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                       {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                       {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("sex"), QString::fromLatin1(sex)},
                       {QStringLiteral("birth_date"), QString::fromLatin1(birth)},
                       {QStringLiteral("id_valid_from"), QStringLiteral("2015-03-01")},
                       {QStringLiteral("id_valid_until"), QStringLiteral("long_term")},
                       {QStringLiteral("phone"), QString::fromLatin1(phone)}};
}

// Writes the files under `dir`/<ref>/ and returns the entry's documents array.
inline QJsonArray writeDocuments(const QString &dir, const QString &ref, const QList<QPair<QString, QByteArray>> &docs)
{
    QDir(dir).mkpath(ref);
    QJsonArray out;
    int i = 0;
    for (const auto &[kind, bytes] : docs) {
        const QString name = ref + QStringLiteral("/%1_%2.%3")
                                       .arg(kind)
                                       .arg(i++)
                                       .arg(bytes.startsWith("\x89PNG") ? QStringLiteral("png") : QStringLiteral("jpg"));
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        out.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("file"), name}});
    }
    return out;
}

inline QJsonObject personEntry(const QString &ref, const QString &login, const QJsonObject &fields,
                               const QJsonArray &documents, const char *type = "person")
{
    return QJsonObject{{QStringLiteral("ref"), ref},
                       {QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("login"), login},
                       {QStringLiteral("submitted_at"), QStringLiteral("2026-12-01T09:30:00+08:00")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("documents"), documents}};
}

} // namespace desk::test
