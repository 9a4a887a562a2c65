#include "cache/CacheKeyStore.h"

namespace desk {

void MemoryCacheKeyStore::readKey(Callback done)
{
    ++reads;
    if (!available)
        done({Status::Unavailable, {}, QStringLiteral("no keychain")});
    else if (stored.isEmpty())
        done({Status::NotFound, {}, {}});
    else
        done({Status::Ok, stored, {}});
}

void MemoryCacheKeyStore::writeKey(const QByteArray &key, Callback done)
{
    ++writes;
    if (!available) {
        done({Status::Unavailable, {}, QStringLiteral("no keychain")});
        return;
    }
    stored = key;
    done({Status::Ok, {}, {}});
}

} // namespace desk
