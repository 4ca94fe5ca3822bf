#include "htmlpreview.h"

#include <QFile>
#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace postscope::ui {

HtmlPreview::HtmlPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    // A click on a link must not open it either (no browser, no fetch).
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
}

void HtmlPreview::setInlineImages(const QHash<QString, QString> &contentIdToFile)
{
    m_inline = contentIdToFile;
}

void HtmlPreview::showHtml(const QString &html)
{
    m_blocked.clear();
    // A fresh document: QTextDocument caches resources by URL.
    document()->clear();
    setHtml(html);
}

QVariant HtmlPreview::loadResource(int type, const QUrl &name)
{
    // RFC 2392: "cid:" names a part of this message; nothing else is ours to load.
    if (name.scheme().compare(QLatin1String("cid"), Qt::CaseInsensitive) == 0
        && type == QTextDocument::ImageResource) {
        const QString file = m_inline.value(name.path());
        QFile f(file);
        if (!file.isEmpty() && f.open(QIODevice::ReadOnly) && f.size() <= maxInlineImageBytes) {
            QImage image;
            if (image.loadFromData(f.readAll()))
                return image;
        }
    }
    // Remote (http, https, ftp), local files, relative paths, qrc: all refused.
    m_blocked.append(name.toString());
    emit resourceBlocked(name);
    return {};
}

} // namespace postscope::ui
