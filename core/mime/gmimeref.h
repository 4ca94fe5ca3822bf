#pragma once
// Owns one GObject reference for a scope (GMime objects). Include after
// <gmime/gmime.h>, which must come before any Qt header (Qt's "signals"
// macro breaks glib's headers).

namespace postscope::mime {

template<typename T> struct Ref
{
    T *p = nullptr;
    explicit Ref(T *object)
        : p(object)
    {
    }
    ~Ref()
    {
        if (p)
            g_object_unref(p);
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    T *get() const { return p; }
};

} // namespace postscope::mime
