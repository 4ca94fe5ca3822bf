#pragma once
// What the server said it can do: one row per ESMTP keyword from the EHLO
// reply (RFC 5321 4.1.1.1), its parameters, and a one-line explanation with
// the RFC it comes from. AUTH lists each mechanism as a child row.

#include "protocol/capabilities.h"

#include <QTreeWidget>

namespace postscope::ui {

class CapabilitiesView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { KeywordColumn, ParametersColumn, MeaningColumn };

    explicit CapabilitiesView(QWidget *parent = nullptr);

    // Replaces the view with these capabilities; server names where they came from.
    void setCapabilities(const protocol::Capabilities &capabilities, const QString &server = {});
    void clearCapabilities();
    const protocol::Capabilities &capabilities() const { return m_capabilities; }

private:
    protocol::Capabilities m_capabilities;
};

} // namespace postscope::ui
