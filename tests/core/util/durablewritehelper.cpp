// A tiny program around DurableFile for tst_durablefile: run under the ds_faultinject shim, so that
// the N-th write/fsync/rename of a durable write fails in a process of its own.
//   durablewritehelper write PATH MODE     the bytes of stdin, in one call (DurableFile::writeFile)
//   durablewritehelper stream PATH MODE    the bytes of stdin through the QIODevice, 1000 at a time
//   durablewritehelper mkdir PATH          DurableFile::makeDirectory
// Exit 0, or 4 with the error on stderr.
#include "util/durablefile.h"

#include <QFile>
#include <cstdio>

using namespace ds::core;

int main(int argc, char** argv)
{
    if (argc < 3)
        return 2;
    const QByteArray command = argv[1];
    const QString path = QString::fromLocal8Bit(argv[2]);
    Status status;
    if (command == "mkdir") {
        status = DurableFile::makeDirectory(path, 0755);
    } else {
        if (argc < 4)
            return 2;
        const int mode = QByteArray(argv[3]).toInt(nullptr, 8);
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 2;
        const QByteArray data = in.readAll();
        if (command == "write") {
            status = DurableFile::writeFile(path, data, mode);
        } else {
            DurableFile file(path, mode);
            status = file.begin();
            for (qsizetype i = 0; status.ok() && i < data.size(); i += 1000) {
                if (file.write(data.mid(i, 1000)) < 0)
                    break;
            }
            if (status.ok())
                status = file.commit();
        }
    }
    if (!status.ok()) {
        std::fprintf(stderr, "%s\n", status.errorMessage().toLocal8Bit().constData());
        return 4;
    }
    return 0;
}
