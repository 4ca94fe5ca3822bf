#pragma once
// The window's answer to SecretStore::obtain(): a password dialog that does
// not block the event loop, shown each time a secret is needed and the
// keychain cannot give it. What the person types goes to the caller only.

#include "accounts/secretstore.h"

class QWidget;

namespace postscope::ui {

// An Asker for SecretStore::obtain() that opens a password dialog over
// parent (window-modal, non-blocking) and answers when it is closed.
accounts::SecretStore::Asker passwordAsker(QWidget *parent);

} // namespace postscope::ui
