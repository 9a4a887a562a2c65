#include "report/CsvRowEncoder.h"

#include "report/RowSource.h"
#include "report/TableWriter.h"

namespace desk {

namespace {

bool isAscii(QByteArrayView b)
{
    for (const char c : b)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

// A cell as appendCsvCell() writes it, from bytes that are valid UTF-8.
void appendPlain(QByteArray *out, QByteArrayView b)
{
    if (b.isEmpty())
        return;
    const char first = b.front();
    const bool neutralise =
        first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    bool quote = false;
    for (const char c : b) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise)
            out->append('\'');
        out->append(b);
        return;
    }
    out->append('"');
    if (neutralise)
        out->append('\'');
    qsizetype from = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '"') {
            out->append(b.sliced(from, i + 1 - from));
            out->append('"');
            from = i + 1;
        }
    }
    out->append(b.sliced(from));
    out->append('"');
}

// ids::maskIdNumber, maskPhone and maskEmail over ASCII, where a byte is a character; `buf` holds b.size() + 3.
qsizetype maskAscii(ExportColumn::Mask mask, QByteArrayView b, char *buf)
{
    const qsizetype n = b.size();
    auto keepEnds = [&](qsizetype head, qsizetype tail) {
        for (qsizetype i = 0; i < n; ++i)
            buf[i] = i < head || i >= n - tail ? b[i] : '*';
        return n;
    };
    switch (mask) {
    case ExportColumn::Mask::None:
        return keepEnds(n, 0);
    case ExportColumn::Mask::IdNumber:
        return n >= 12 ? keepEnds(3, 3) : n >= 6 ? keepEnds(1, 1) : keepEnds(0, 0);
    case ExportColumn::Mask::Phone:
        return n >= 11 ? keepEnds(3, 4) : n >= 6 ? keepEnds(0, 2) : keepEnds(0, 0);
    case ExportColumn::Mask::Email: {
        const qsizetype at = b.lastIndexOf('@');
        if (at < 0)
            return n >= 4 ? keepEnds(1, 0) : keepEnds(0, 0);
        qsizetype o = 0;
        if (at >= 2)
            buf[o++] = b[0];
        for (int i = 0; i < 3; ++i)
            buf[o++] = '*';
        for (qsizetype i = at; i < n; ++i)
            buf[o++] = b[i];
        return o;
    }
    }
    return keepEnds(n, 0);
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

int digitsAt(QByteArrayView s, qsizetype at, int n, bool *ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

// cellText()'s fast form of SQLite's "2026-12-01T01:30:00.000Z" (or without milliseconds) in China time,
// "2026-12-01 09:30", into `buf` (16 bytes); false when it is not that form. ASCII only.
bool chinaMinute(QByteArrayView s, char *buf)
{
    if ((s.size() != 24 && s.size() != 20) || s.back() != 'Z' || s[10] != 'T')
        return false;
    bool ok = true;
    int y = digitsAt(s, 0, 4, &ok), mo = digitsAt(s, 5, 2, &ok), d = digitsAt(s, 8, 2, &ok);
    const int h = digitsAt(s, 11, 2, &ok), mi = digitsAt(s, 14, 2, &ok);
    if (!ok || y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59)
        return false;
    int minute = h * 60 + mi + 8 * 60;
    if (minute >= 24 * 60) {
        minute -= 24 * 60;
        if (++d > daysInMonth(y, mo)) {
            d = 1;
            if (++mo > 12) {
                mo = 1;
                ++y;
            }
        }
    }
    const int hh = minute / 60, mm = minute % 60;
    auto two = [buf](int at, int v) {
        buf[at] = char('0' + v / 10 % 10);
        buf[at + 1] = char('0' + v % 10);
    };
    two(0, y / 100);
    two(2, y % 100);
    buf[4] = '-';
    two(5, mo);
    buf[7] = '-';
    two(8, d);
    buf[10] = ' ';
    two(11, hh);
    buf[13] = ':';
    two(14, mm);
    return true;
}

} // namespace

CsvRowEncoder::CsvRowEncoder(const QVector<ExportColumn> &columns, bool unmasked)
    : m_columns(columns), m_unmasked(unmasked)
{
    for (const ExportColumn &c : columns) {
        const bool masked = !unmasked && c.mask != ExportColumn::Mask::None;
        switch (c.kind) {
        case ExportColumn::Kind::Number:
            m_plans << Plan::Generic;
            break;
        case ExportColumn::Kind::Time:
            m_plans << (masked ? Plan::Generic : Plan::Time);
            break;
        case ExportColumn::Kind::Text:
        case ExportColumn::Kind::Identifier:
            m_plans << (masked ? Plan::Masked : Plan::Plain);
            break;
        }
    }
}

void CsvRowEncoder::encode(const RawRow &row, QByteArray *out) const
{
    const int n = row.columnCount();
    for (int c = 0; c < n; ++c) {
        if (c > 0)
            out->append(',');
        encodeCell(row, c, out);
    }
    out->append("\r\n", 2);
}

void CsvRowEncoder::encodeCell(const RawRow &row, int column, QByteArray *out) const
{
    const Plan plan = column < m_plans.size() ? m_plans[column] : Plan::Unshaped;
    QByteArrayView b;
    if (plan == Plan::Generic || !row.text(column, &b))
        return generic(row, column, out);
    if (b.isEmpty())
        return; // NULL or empty: an empty cell either way
    switch (plan) {
    case Plan::Plain:
    case Plan::Unshaped:
        return appendPlain(out, b);
    case Plan::Masked: {
        char buf[256];
        if (b.size() > 200 || !isAscii(b))
            return generic(row, column, out); // the masks count UTF-16 characters
        return appendPlain(out, QByteArrayView(buf, maskAscii(m_columns[column].mask, b, buf)));
    }
    case Plan::Time: {
        if (b.size() > 24 || !isAscii(b))
            return generic(row, column, out);
        if (b.size() == 16 && b[10] == ' ') // formatted in China time by the server already
            return appendPlain(out, b);
        char buf[16];
        if (chinaMinute(b, buf))
            return appendPlain(out, QByteArrayView(buf, 16));
        return generic(row, column, out);
    }
    case Plan::Generic:
        break;
    }
    generic(row, column, out);
}

void CsvRowEncoder::generic(const RawRow &row, int column, QByteArray *out) const
{
    QVariant v = row.value(column);
    if (column < m_columns.size())
        shapeCell(m_columns[column], m_unmasked, &v);
    appendCsvCell(out, v.toString());
}

} // namespace desk
