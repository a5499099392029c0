// fuzz_smoke_NAME: runs every file of the seed corpus (and any extra files or folders given) through
// the libFuzzer entry point with the default compiler, so the harness cannot rot unnoticed.
//
//   fuzz_smoke_NAME DIR_OR_FILE...

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QTextStream out(stdout);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        QStringList inputs;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inputs << it.next();
        } else {
            inputs << path;
        }
        inputs.sort();
        for (const QString& input : inputs) {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << input << Qt::endl;
                return 1;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()),
                                   static_cast<size_t>(data.size()));
            // Every prefix of a seed too: the truncated shapes the fuzzer starts from.
            for (qsizetype length = 0; length < data.size(); length += 1 + data.size() / 16)
                LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()),
                                       static_cast<size_t>(length));
            ++files;
        }
    }
    out << QFileInfo(QString::fromLocal8Bit(argv[0])).fileName() << ": " << files << " inputs" << Qt::endl;
    return files > 0 ? 0 : 1;
}
