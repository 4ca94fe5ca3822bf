#pragma once
// The HTML body as the recipient's mail program would show it, without
// ever fetching anything: remote images, style sheets and local files are
// refused (a tracking pixel must not fire from the composer); only the
// message's own inline images (cid:, RFC 2392) are shown.

#include <QHash>
#include <QTextBrowser>

namespace postscope::ui {

class HtmlPreview : public QTextBrowser
{
    Q_OBJECT
public:
    // Inline images larger than this are not shown (the file stays attached).
    static constexpr qint64 maxInlineImageBytes = qint64(16) << 20;

    explicit HtmlPreview(QWidget *parent = nullptr);

    // Content-ID (without "cid:") -> file: what cid: URLs may show.
    void setInlineImages(const QHash<QString, QString> &contentIdToFile);
    // Every resource the document asked for and did not get, since setHtml.
    QStringList blockedResources() const { return m_blocked; }
    void showHtml(const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void resourceBlocked(const QUrl &url);

private:
    QHash<QString, QString> m_inline;
    QStringList m_blocked;
};

} // namespace postscope::ui
