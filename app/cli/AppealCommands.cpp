#include "CliSupport.h"

namespace desk::cli {

int cmdAppeal(Context &ctx, const QStringList &args)
{
    Q_UNUSED(args);
    ctx.err << tr("This command is not available yet.") << Qt::endl;
    return Failure;
}

} // namespace desk::cli
