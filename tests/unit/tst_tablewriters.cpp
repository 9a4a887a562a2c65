// The three export writers, read back by tools that did not write them: the CSV's bytes, the XLSX through unzip,
// the PDF through poppler's pdffonts, pdftotext and pdftoppm (the chart of an aggregate report, measured in the
// rendered page). And a writer dropped before finish() leaves nothing behind.
#include "ExportReaders.h"
#include "report/CsvRowEncoder.h"
#include "report/ReportCatalog.h"
#include "report/ReportChart.h"
#include "report/RowSource.h"
#include "report/TableWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace desk;

namespace {

QVector<ExportColumn> columns()
{
    return {ExportColumn{QStringLiteral("ref"), QStringLiteral("编号"), ExportColumn::Kind::Identifier,
                         ExportColumn::Mask::None, 16},
            ExportColumn{QStringLiteral("name"), QStringLiteral("申请人"), ExportColumn::Kind::Text,
                         ExportColumn::Mask::None, 12},
            ExportColumn{QStringLiteral("id_number"), QStringLiteral("证件号码"), ExportColumn::Kind::Identifier,
                         ExportColumn::Mask::IdNumber, 20},
            ExportColumn{QStringLiteral("count"), QStringLiteral("数量"), ExportColumn::Kind::Number,
                         ExportColumn::Mask::None, 8}};
}

ExportMeta meta()
{
    ExportMeta m;
    m.title = QStringLiteral("申诉清单");
    m.reportName = QStringLiteral("appeals");
    m.query = QStringLiteral("SELECT ... FROM appeal");
    m.filters.append({QStringLiteral("Days"), QStringLiteral("2026-12-01 – 2026-12-05")});
    m.exportedBy = QStringLiteral("主管 王芳 (sup01)");
    m.exportedAt = QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3), Qt::UTC);
    return m;
}

ExportRow row(int i)
{
    return {QStringLiteral("0%1").arg(1000 + i), QStringLiteral("张三%1").arg(i),
            QStringLiteral("11010519491231002X"), double(i)};
}

// An aggregate report's PDF with its chart: the catalogue's columns, the chart's spec, the rows given.
bool writeChartedPdf(const QString &path, const QString &report, const QVector<ExportRow> &rows)
{
    const ReportDefinition *def = ReportCatalog::find(report);
    const auto spec = chartSpecFor(report);
    if (!def || !spec)
        return false;
    ExportMeta m = meta();
    m.title = def->title;
    m.reportName = report;
    auto w = TableWriter::create(ExportFormat::Pdf);
    w->setChart(*spec);
    if (!w->begin(path, m, def->columns).ok())
        return false;
    for (const ExportRow &r : rows)
        if (!w->writeRow(r).ok())
            return false;
    return w->finish(rows.size()).ok();
}

// Where the table's header line is in a page's text (-layout puts it on one line): the first line holding every
// column title.
qsizetype headerLineAt(const QString &page, const QVector<ExportColumn> &columns)
{
    qsizetype at = 0;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        bool all = true;
        for (const ExportColumn &c : columns)
            all = all && line.contains(c.title);
        if (all)
            return at;
        at += line.size() + 1;
    }
    return -1;
}

bool near(const QColor &a, QRgb b, int tolerance = 40)
{
    return std::abs(a.red() - qRed(b)) + std::abs(a.green() - qGreen(b)) + std::abs(a.blue() - qBlue(b)) < tolerance;
}

// A row as RowSource's raw mode hands it over: strings as their UTF-8 (a null string as empty), other values
// only through value().
class FakeRawRow final : public RawRow
{
public:
    explicit FakeRawRow(QVariantList cells) : m_cells(std::move(cells))
    {
        for (const QVariant &v : m_cells)
            m_utf8 << (v.typeId() == QMetaType::QString ? v.toString().toUtf8() : QByteArray());
    }
    int columnCount() const override { return int(m_cells.size()); }
    bool text(int column, QByteArrayView *bytes) const override
    {
        if (m_cells[column].typeId() != QMetaType::QString)
            return false;
        *bytes = m_utf8[column];
        return true;
    }
    QVariant value(int column) const override { return m_cells[column]; }

private:
    QVariantList m_cells;
    QList<QByteArray> m_utf8;
};

// What the generic path (shapeCell, then the CSV writer's cells) makes of the same row.
QByteArray genericLine(const QVector<ExportColumn> &columns, bool unmasked, QVariantList cells)
{
    QByteArray out;
    for (int c = 0; c < cells.size(); ++c) {
        if (c > 0)
            out.append(',');
        if (c < columns.size())
            shapeCell(columns[c], unmasked, &cells[c]);
        appendCsvCell(&out, cells[c].toString());
    }
    return out + "\r\n";
}

} // namespace

class TestTableWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvHasBomHeaderAndNeutralisedCells();
    void xlsxKeepsIdentifiersAsTextAndRecordsTheExport();
    void pdfEmbedsTheChineseFontAndRepeatsTheHeader();
    void pdfOfAnAggregateReportOpensWithItsChart();
    void chartBarsAreAsHighAsTheirValues();
    void stackedChartShowsTheBucketsOfEachBar();
    void chartOfNoRowsSaysSo();
    void tooManyRowsForAChartStreamTheTable();
    void droppedWriterLeavesNoFile_data();
    void droppedWriterLeavesNoFile();
    void formatNames();
    void csvEncoderWritesWhatTheGenericPathWrites();
};

void TestTableWriters::csvHasBomHeaderAndNeutralisedCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    auto w = TableWriter::create(ExportFormat::Csv);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    QVERIFY(w->writeRow({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
                         QStringLiteral("@SUM(A1)")})
                .ok());
    QVERIFY(w->writeRow({QStringLiteral("\tTAB"), QStringLiteral("\rCR"), QStringLiteral("a,b"),
                         QStringLiteral("say \"hi\"")})
                .ok());
    QVERIFY(w->writeRow(row(7)).ok());
    QVERIFY(w->finish(3).ok());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.value(0), QStringLiteral("编号,申请人,证件号码,数量"));
    QCOMPARE(lines.value(1), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1)"));
    QCOMPARE(lines.value(2), QStringLiteral("'\tTAB,\"'\rCR\",\"a,b\",\"say \"\"hi\"\"\""));
    QCOMPARE(lines.value(3), QStringLiteral("01007,张三7,11010519491231002X,7"));
    QCOMPARE(lines.value(4), QString());
    QCOMPARE(lines.size(), 5);
}

void TestTableWriters::xlsxKeepsIdentifiersAsTextAndRecordsTheExport()
{
    if (!test::toolAvailable(QStringLiteral("unzip")))
        QSKIP("unzip is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    auto w = TableWriter::create(ExportFormat::Xlsx);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(w->writeRow(row(i)).ok());
    QVERIFY(w->finish(3).ok());

    const auto sheet = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet, "the XLSX has no first sheet");
    const QString xml = QString::fromUtf8(*sheet);
    // Constant-memory mode writes strings inline: the ID number and the ref with a leading zero are text cells.
    QVERIFY(xml.contains(QStringLiteral("<c r=\"C2\" t=\"inlineStr\"><is><t>11010519491231002X</t></is></c>")));
    QVERIFY(xml.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>01000</t></is></c>")));
    // The count is a number cell (no type attribute).
    QVERIFY(xml.contains(QStringLiteral("<c r=\"D3\"><v>1</v></c>")));
    // Bold header, frozen first row, an autofilter over the data, column widths.
    QVERIFY(xml.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<autoFilter ref=\"A1:D4\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<col min=\"3\" max=\"3\" width=\"20")));
    QVERIFY(xml.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>编号</t></is></c>")));
    const auto styles = test::unzipEntry(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles && styles->contains("<b/>"));

    const auto info = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY2(info, "the XLSX has no second sheet");
    const QString infoXml = QString::fromUtf8(*info);
    QVERIFY(infoXml.contains(QStringLiteral("SELECT ... FROM appeal")));
    QVERIFY(infoXml.contains(QStringLiteral("主管 王芳 (sup01)")));
    QVERIFY(infoXml.contains(QStringLiteral("2026-12-06 09:02:03")));
    QVERIFY(infoXml.contains(QStringLiteral("2026-12-01 – 2026-12-05")));
    const auto book = test::unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY(book && QString::fromUtf8(*book).contains(QStringLiteral("name=\"申诉清单\"")));
}

void TestTableWriters::pdfEmbedsTheChineseFontAndRepeatsTheHeader()
{
    if (!test::toolAvailable(QStringLiteral("pdffonts")) || !test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    auto w = TableWriter::create(ExportFormat::Pdf);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    const int rows = 150; // more than one A4 page holds
    for (int i = 0; i < rows; ++i)
        QVERIFY(w->writeRow(row(i)).ok());
    QVERIFY(w->finish(rows).ok());

    const auto fonts = test::runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY(fonts);
    const QStringList fontLines = QString::fromUtf8(*fonts).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fontLines.isEmpty(), fonts->constData());
    QVERIFY2(fonts->contains("CJK"), fonts->constData()); // the Chinese font itself, not a substitute
    for (const QString &line : fontLines) { // every font embedded: the "emb" column says yes
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(f.size() >= 5 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
    const auto text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text);
    // Qt's subset maps a CJK glyph shared with a Kangxi radical (人, ⼈) to either code point: compare in NFKC,
    // as a PDF viewer's search does.
    const QString t = QString::fromUtf8(*text).normalized(QString::NormalizationForm_KC);
    QVERIFY2(t.contains(QStringLiteral("申诉清单")), qPrintable(t.left(400)));
    QVERIFY(t.contains(QStringLiteral("张三149")));
    QVERIFY2(t.contains(QStringLiteral("主管 王芳 (sup01)")), qPrintable(t.left(600)));
    const QStringList pages = t.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, "150 rows should need more than one page");
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages[p].contains(QStringLiteral("证件号码")) && pages[p].contains(QStringLiteral("申请人")), qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
        QVERIFY2(pages[p].contains(QStringLiteral("Page %1").arg(p + 1)) || pages[p].contains(QStringLiteral("第 %1 页").arg(p + 1)),
                 qPrintable(QStringLiteral("no page number on page %1").arg(p + 1)));
    }
}

void TestTableWriters::pdfOfAnAggregateReportOpensWithItsChart()
{
    if (!test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("migration.pdf"));
    QVERIFY(writeChartedPdf(path, QStringLiteral("migration"),
                            {{QStringLiteral("O1"), QStringLiteral("organization"), 40.0},
                             {QStringLiteral("O2"), QStringLiteral("organization"), 20.0},
                             {QStringLiteral("O3"), QStringLiteral("organization"), 10.0},
                             {QStringLiteral("P1"), QStringLiteral("person"), 30.0}}));
    const auto page = test::pdfPageText(path, 1);
    QVERIFY(page);
    const qsizetype header = headerLineAt(*page, ReportCatalog::find(QStringLiteral("migration"))->columns);
    QVERIFY2(header > 0, qPrintable(*page));
    const QString chart = page->left(header); // above the table: the chart's text
    QVERIFY2(chart.contains(chartSpecFor(QStringLiteral("migration"))->title), qPrintable(*page));
    QVERIFY2(chart.contains(QStringLiteral("Legacy accounts")), qPrintable(chart)); // the legend
    for (const char *text : {"O1", "O2", "O3", "P1", "40", "20", "10", "30"}) // categories and bar values
        QVERIFY2(chart.contains(QString::fromLatin1(text)), text);
    QVERIFY(chart.indexOf(QStringLiteral("O1")) < chart.indexOf(QStringLiteral("P1")));
    // The rows follow, on the same page.
    QVERIFY(page->mid(header).contains(QStringLiteral("organization")));
    QVERIFY(page->mid(header).contains(QStringLiteral("4 row")));
}

void TestTableWriters::chartBarsAreAsHighAsTheirValues()
{
    if (!test::toolAvailable(QStringLiteral("pdftoppm")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("migration.pdf"));
    const QVector<double> values{40, 20, 0, 10, 30};
    QVector<ExportRow> rows;
    for (int i = 0; i < values.size(); ++i)
        rows << ExportRow{QStringLiteral("O%1").arg(i), QStringLiteral("organization"), values[i]};
    QVERIFY(writeChartedPdf(path, QStringLiteral("migration"), rows));
    const QImage image = test::renderPdfPage(path, 1, 50);
    QVERIFY(!image.isNull());
    const QVector<test::Bar> bars = test::barsIn(image);
    // One bar per non-zero value, left to right, in the upper half of the page (above the table).
    QCOMPARE(bars.size(), 4);
    const QVector<double> drawn{40, 20, 10, 30};
    for (int i = 0; i < bars.size(); ++i) {
        QVERIFY2(bars[i].bottom < image.height() * 2 / 3, "the chart is above the table");
        QCOMPARE(bars[i].bottom, bars[0].bottom);
        QVERIFY(near(bars[i].bottomColour, chartSeriesColor(0, 1, false).rgb()));
        if (i > 0)
            QVERIFY(bars[i].left > bars[i - 1].right);
    }
    QVERIFY2(bars[0].height > 50, qPrintable(QString::number(bars[0].height))); // readable at 50 dpi
    for (int i = 1; i < bars.size(); ++i) {
        const double expected = bars[0].height * drawn[i] / drawn[0];
        QVERIFY2(std::abs(bars[i].height - expected) <= 2.5,
                 qPrintable(QStringLiteral("bar %1: %2 px, expected %3").arg(i).arg(bars[i].height).arg(expected)));
    }
    // The gap where the zero is: wider between the second and third bar than between the first two.
    QVERIFY(bars[2].left - bars[1].right > 2 * (bars[1].left - bars[0].right));
}

void TestTableWriters::stackedChartShowsTheBucketsOfEachBar()
{
    if (!test::toolAvailable(QStringLiteral("pdftoppm")) || !test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backlog.pdf"));
    // Appeals waiting: 2 fresh and 6 overdue; reviews in review: 4 of 1-2 days.
    QVERIFY(writeChartedPdf(path, QStringLiteral("backlog"),
                            {{QStringLiteral("appeals"), QStringLiteral("new"), QStringLiteral("0-1"), 2.0},
                             {QStringLiteral("appeals"), QStringLiteral("new"), QStringLiteral("5+"), 6.0},
                             {QStringLiteral("reviews"), QStringLiteral("claimed"), QStringLiteral("1-2"), 4.0}}));
    const QImage image = test::renderPdfPage(path, 1, 50);
    QVERIFY(!image.isNull());
    const QVector<test::Bar> bars = test::barsIn(image);
    QCOMPARE(bars.size(), 2);
    QVERIFY2(std::abs(bars[1].height - bars[0].height / 2.0) <= 2.5,
             qPrintable(QStringLiteral("%1 px and %2 px for 8 and 4").arg(bars[0].height).arg(bars[1].height)));
    // The first stack: the youngest bucket at the foot, the oldest on top; the second all of 1-2 days.
    QVERIFY(near(bars[0].bottomColour, chartSeriesColor(0, 5, true).rgb()));
    QVERIFY(near(bars[0].topColour, chartSeriesColor(4, 5, true).rgb()));
    QVERIFY(near(bars[1].bottomColour, chartSeriesColor(1, 5, true).rgb()));
    QVERIFY(near(bars[1].topColour, chartSeriesColor(1, 5, true).rgb()));

    const auto page = test::pdfPageText(path, 1);
    QVERIFY(page);
    const QString chart = page->left(headerLineAt(*page, ReportCatalog::find(QStringLiteral("backlog"))->columns));
    for (const char *text : {"Appeals waiting", "Real-name reviews in review", "0-1 d", "5+ d", "8"})
        QVERIFY2(chart.contains(QString::fromLatin1(text)), text);
}

void TestTableWriters::chartOfNoRowsSaysSo()
{
    if (!test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qa.pdf"));
    QVERIFY(writeChartedPdf(path, QStringLiteral("qa"), {}));
    const auto page = test::pdfPageText(path, 1);
    QVERIFY(page);
    QVERIFY2(page->contains(QStringLiteral("No figures in this period")), qPrintable(*page));
    QVERIFY(page->contains(QStringLiteral("0 row")));
}

void TestTableWriters::tooManyRowsForAChartStreamTheTable()
{
    if (!test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    // The writer holds at most 10,000 rows for a chart; past that it writes the table alone and says why.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calls.pdf"));
    QVector<ExportRow> rows;
    for (int i = 0; i < 10001; ++i)
        rows << ExportRow{QStringLiteral("topic%1").arg(i), QStringLiteral("answered"), 1.0};
    QVERIFY(writeChartedPdf(path, QStringLiteral("calls"), rows));
    const auto first = test::pdfPageText(path, 1);
    QVERIFY(first);
    QVERIFY2(first->contains(QStringLiteral("No chart: more than 10000 rows.")), qPrintable(first->left(600)));
    QVERIFY(!first->contains(chartSpecFor(QStringLiteral("calls"))->title));
    QVERIFY(first->contains(QStringLiteral("topic0")));
    const auto all = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(all && all->contains("topic10000") && all->contains("10001 row"));
}

void TestTableWriters::droppedWriterLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("chart");
    QTest::newRow("csv") << int(ExportFormat::Csv) << false;
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx) << false;
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << false;
    QTest::newRow("pdf with a chart") << int(ExportFormat::Pdf) << true;
}

void TestTableWriters::droppedWriterLeavesNoFile()
{
    QFETCH(int, format);
    QFETCH(bool, chart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.out"));
    {
        auto w = TableWriter::create(ExportFormat(format));
        if (chart)
            w->setChart(*chartSpecFor(QStringLiteral("calls")));
        QVERIFY(w->begin(path, meta(), columns()).ok());
        for (int i = 0; i < 500; ++i)
            QVERIFY(w->writeRow(row(i)).ok());
        // no finish(): cancelled
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(test::filesIn(dir.path()), QStringList());

    // An existing file of that name survives a cancelled export untouched.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();
    {
        auto w = TableWriter::create(ExportFormat(format));
        QVERIFY(w->begin(path, meta(), columns()).ok());
        QVERIFY(w->writeRow(row(1)).ok());
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier export"));
    QCOMPARE(test::filesIn(dir.path()), QStringList{QStringLiteral("cancelled.out")});
}

void TestTableWriters::formatNames()
{
    ExportFormat f = ExportFormat::Csv;
    QVERIFY(exportFormatFromName(QStringLiteral("XLSX"), &f));
    QCOMPARE(f, ExportFormat::Xlsx);
    QVERIFY(!exportFormatFromName(QStringLiteral("xls"), &f));
    QCOMPARE(neutraliseCsvCell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(neutraliseCsvCell(QStringLiteral("张三")), QStringLiteral("张三"));
}

void TestTableWriters::csvEncoderWritesWhatTheGenericPathWrites()
{
    using Kind = ExportColumn::Kind;
    using Mask = ExportColumn::Mask;
    auto col = [](Kind kind, Mask mask) { return ExportColumn{QStringLiteral("k"), QStringLiteral("t"), kind, mask, 10}; };
    const QVector<ExportColumn> columns{col(Kind::Identifier, Mask::None), col(Kind::Text, Mask::None),
                                        col(Kind::Identifier, Mask::IdNumber), col(Kind::Identifier, Mask::Phone),
                                        col(Kind::Text, Mask::Email), col(Kind::Time, Mask::None),
                                        col(Kind::Number, Mask::None), col(Kind::Time, Mask::Phone)};
    const QStringList texts{
        QString(), QStringLiteral(""), QStringLiteral("A1"), QStringLiteral("张三"), QStringLiteral("=1+2"),
        QStringLiteral("+86"), QStringLiteral("-5"), QStringLiteral("@x"), QStringLiteral("\tx"), QStringLiteral("\rx"),
        QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("\"=x\""), QStringLiteral("-a,\"b\""),
        QStringLiteral("line\nbreak"), QStringLiteral("'quoted"), QStringLiteral("11010519491231002X"),
        QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), QStringLiteral("H1234567"), QStringLiteral("12345"),
        QStringLiteral("13912345678"), QStringLiteral("+8613912345678"), QStringLiteral("z@example.cn"),
        QStringLiteral("ab@c"), QStringLiteral("a@b"), QStringLiteral("@x.cn"), QStringLiteral("x@y@z"),
        QStringLiteral("abcd"), QStringLiteral("ab"), QStringLiteral("张@例子.中国"),
        QStringLiteral("2026-12-01T01:30:00.000Z"), QStringLiteral("2026-12-31T16:00:00.000Z"),
        QStringLiteral("2024-02-28T16:30:00Z"), QStringLiteral("2023-02-28T16:30:00Z"),
        QStringLiteral("2024-02-29T15:59:59.999Z"), QStringLiteral("2025-04-30T17:00:00.000Z"),
        QStringLiteral("9999-12-31T20:00:00.000Z"), QStringLiteral("0000-01-01T00:00:00Z"),
        QStringLiteral("2026-13-01T01:30:00.000Z"), QStringLiteral("2026-02-30T01:30:00.000Z"),
        QStringLiteral("2026-12-01T24:30:00.000Z"), QStringLiteral("2026-12-01T01:60:00.000Z"),
        QStringLiteral("2026-12-01x01:30:00.000Z"), QStringLiteral("2026-12-01T01:30:00.000+"),
        QStringLiteral("2026/12/01T01:30:00.000Z"), QStringLiteral("2026-12-01 09:30"), QStringLiteral("2026-12-01 09:3０"),
        QStringLiteral("2026-12-01T01:30:00+08:00"), QStringLiteral("2026-12-01T01:30:00.000"),
        QStringLiteral("2026-12-01T01:30:00"), QStringLiteral("2026-12-01"), QStringLiteral("12.50"),
        QStringLiteral("😀 emoji"), QString(300, QLatin1Char('x')), QStringLiteral("-") + QString(250, QLatin1Char('9'))};
    QList<QVariantList> rows;
    for (const QString &text : texts)
        rows << QVariantList(columns.size() + 1, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    for (const QVariant &other : {QVariant(qlonglong(42)), QVariant(-7), QVariant(3.25), QVariant(qulonglong(7)),
                                  QVariant(QMetaType::fromType<int>()), QVariant(QMetaType::fromType<qlonglong>()),
                                  QVariant(QByteArray("=bytes,\"x\""))})
        rows << QVariantList(columns.size() + 1, other);
    for (const bool unmasked : {false, true}) {
        const CsvRowEncoder encoder(columns, unmasked);
        for (const QVariantList &cells : std::as_const(rows)) {
            QByteArray fast;
            encoder.encode(FakeRawRow(cells), &fast);
            const QByteArray expected = genericLine(columns, unmasked, cells);
            QVERIFY2(fast == expected, QByteArray(fast + " <> " + expected).constData());
        }
    }
}

QTEST_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
