#include "support/testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

const QString Example = QStringLiteral(STAGECRAFT_BINARY_DIR "/examples/broadband.journey");

QString pdfinfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("export writes a PDF at the asked page size and refuses to overwrite it", "[cli][export]")
{
    test::Scratch scratch;
    const QString out = scratch.path(QStringLiteral("map.pdf"));
    const auto first = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out,
                                     QStringLiteral("--page"), QStringLiteral("A4"), QStringLiteral("--portrait")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(pdfinfo(out).contains(QStringLiteral("595.276 x 841.89 pts (A4)")));
    const QByteArray before = test::readBytes(out);

    const auto again = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out});
    CHECK(again.exitCode == 11);
    CHECK(test::readBytes(out) == before);
    const auto forced = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out,
                                      QStringLiteral("--force"), QStringLiteral("--tile")});
    CHECK(forced.exitCode == 0);
    CHECK(test::readBytes(out) != before);
}

TEST_CASE("export rejects an unknown department, page size or resolution", "[cli][export]")
{
    test::Scratch scratch;
    const QString out = scratch.path(QStringLiteral("map.pdf"));
    const auto dept = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out,
                                    QStringLiteral("--department"), QStringLiteral("Astrology")});
    CHECK(dept.exitCode == 12);
    CHECK(dept.err.contains(QStringLiteral("Astrology")));
    CHECK(dept.err.contains(QStringLiteral("Billing"))); // says which exist
    CHECK_FALSE(QFile::exists(out));
    CHECK(test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out, QStringLiteral("--page"),
                        QStringLiteral("B7")})
              .exitCode == 2);
    CHECK(test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), scratch.path(QStringLiteral("m.png")),
                        QStringLiteral("--dpi"), QStringLiteral("0")})
              .exitCode == 12);
    const auto ok = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out,
                                  QStringLiteral("--department"), QStringLiteral("billing")});
    CHECK(ok.exitCode == 0);
}

TEST_CASE("a failed write exits 13 and leaves nothing half-written", "[cli][export]")
{
    test::Scratch scratch;
    const QString out = scratch.path(QStringLiteral("missing-folder/map.pdf"));
    const auto result = test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), out});
    CHECK(result.exitCode == 13);
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(scratch.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("export writes SVG and PNG images; PNG at the chosen resolution", "[cli][export]")
{
    test::Scratch scratch;
    const QString svg = scratch.path(QStringLiteral("map.svg"));
    const QString small = scratch.path(QStringLiteral("small.png")), big = scratch.path(QStringLiteral("big.png"));
    REQUIRE(test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), svg}).exitCode == 0);
    CHECK(test::readBytes(svg).contains("<svg"));
    REQUIRE(test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), small, QStringLiteral("--dpi"),
                          QStringLiteral("72")})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("export"), Example, QStringLiteral("-o"), big, QStringLiteral("--dpi"),
                          QStringLiteral("144")})
                .exitCode == 0);
    const QImage a(small), b(big);
    REQUIRE_FALSE(a.isNull());
    CHECK(std::abs(b.width() - 2 * a.width()) <= 1);
    CHECK(std::abs(b.height() - 2 * a.height()) <= 1);
    CHECK(std::abs(b.dotsPerMeterX() - qRound(144 / 0.0254)) <= 1);
}
