<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ApiCall</name>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>اتصال پس از دریافت %1 از %2 بایت قطع شد.</translation>
    </message>
    <message>
        <source>%1
Subject: %2
Issuer: %3
Valid: %4 – %5
SHA-256: %6
</source>
        <translation>%1
موضوع: %2
صادرکننده: %3
اعتبار: %4 – %5
SHA-256: %6
</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the server. Check the server address and your network connection.</source>
        <translation>دسترسی به سرور ممکن نشد. نشانی سرور و اتصال شبکه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>درخواست لغو شد.</translation>
    </message>
    <message>
        <source>The server did not accept the link: %1</source>
        <translation>سرور پیوند را نپذیرفت: %1</translation>
    </message>
    <message>
        <source>The server did not accept some fields; see the messages beside them.</source>
        <translation>سرور برخی از فیلدها را نپذیرفت؛ پیام کنار هر فیلد را ببینید.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>سرور درخواست را نپذیرفت.</translation>
    </message>
    <message>
        <source>The server did not accept your API token. Check it in Connection settings.</source>
        <translation>سرور توکن API شما را نپذیرفت. آن را در تنظیمات اتصال بررسی کنید.</translation>
    </message>
    <message>
        <source>Your account does not have permission to do this. Ask an administrator for the portfolio link permission.</source>
        <translation>حساب شما اجازهٔ این کار را ندارد. مجوز پیوندهای نمونه‌کار را از مدیر سامانه بخواهید.</translation>
    </message>
    <message>
        <source>Not found: there is no portfolio with this number, or the server address is not the portfolio API.</source>
        <translation>پیدا نشد: نمونه‌کاری با این شماره وجود ندارد، یا نشانی سرور نشانی API نمونه‌کارها نیست.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>سرور با خطای داخلی روبه‌رو شد (HTTP %1). بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>سرور پاسخ غیرمنتظره‌ای داد (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>پاسخ سرور خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere. It was not followed, to keep your token safe.</source>
        <translation>سرور درخواست را به جای دیگری هدایت کرد. برای امن ماندن توکن شما، این هدایت دنبال نشد.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted.</source>
        <translation>اتصال امن با سرور برقرار نشد: گواهی آن پذیرفته نشد.</translation>
    </message>
    <message>
        <source>The server address uses plain http, so your token would travel unencrypted. Use https, or allow an insecure connection to this server in Connection settings.</source>
        <translation>نشانی سرور http ساده است، پس توکن شما رمزنگاری‌نشده فرستاده می‌شود. از https استفاده کنید، یا در تنظیمات اتصال اتصال ناامن به این سرور را مجاز کنید.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far larger than a link can be; it was not read.</source>
        <translation>پاسخ سرور بسیار بزرگ‌تر از آن است که یک پیوند باشد؛ خوانده نشد.</translation>
    </message>
    <message>
        <source>Not found: the server has no image with this number.</source>
        <translation>پیدا نشد: سرور تصویری با این شماره ندارد.</translation>
    </message>
    <message>
        <source>The server did not answer in time; nothing you typed was lost.</source>
        <translation>سرور به‌موقع پاسخ نداد؛ چیزی از آنچه نوشته‌اید از دست نرفت.</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up: it may not offer https at this address.</source>
        <translation>اتصال امن (https) با سرور برقرار نشد: شاید سرور در این نشانی https نداشته باشد.</translation>
    </message>
    <message>
        <source>Not found: the server has no link with this number (it may have been deleted).</source>
        <translation>پیدا نشد: سرور پیوندی با این شماره ندارد (شاید حذف شده باشد).</translation>
    </message>
    <message>
        <source>The server&apos;s gateway got no answer from the application behind it (HTTP %1). Try again later.</source>
        <translation>دروازهٔ سرور از برنامهٔ پشت آن پاسخی نگرفت (HTTP %1). بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server is not available for now (HTTP %1): it may be under maintenance or overloaded. Try again later.</source>
        <translation>سرور فعلاً در دسترس نیست (HTTP %1): شاید در حال نگه‌داری یا پربار باشد. بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server does not allow this (HTTP %1).</source>
        <translation>سرور این کار را اجازه نمی‌دهد (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP %1). A smaller image may go through.</source>
        <translation>سرور درخواست را به‌خاطر حجم زیاد نپذیرفت (HTTP %1). شاید تصویری کوچک‌تر پذیرفته شود.</translation>
    </message>
    <message>
        <source>The server is limiting how often it is asked (HTTP %1). Try again later.</source>
        <translation>سرور تعداد درخواست‌ها را محدود کرده است (HTTP %1). بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Not found: the server takes no image uploads at its upload path (see the Upload path in Connection settings).</source>
        <translation>پیدا نشد: سرور در مسیر بارگذاری‌اش تصویری نمی‌پذیرد (مسیر بارگذاری را در تنظیمات اتصال ببینید).</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP %1).</source>
        <translation>سرور درخواست را به‌خاطر حجم زیاد نپذیرفت (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
    <message>
        <source>Token: accepted</source>
        <translation>توکن: پذیرفته شد</translation>
    </message>
    <message>
        <source>Uploads: available</source>
        <translation>بارگذاری: در دسترس</translation>
    </message>
    <message>
        <source>Uploads: not available (%1)</source>
        <translation>بارگذاری: در دسترس نیست (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio %1: %Ln link(s)</source>
        <translation>
            <numerusform>نمونه‌کار %1: %Ln پیوند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearButtonName</name>
    <message>
        <source>Clear the search</source>
        <translation>پاک کردن جستجو</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>There is no server profile named “%1”.</source>
        <translation>نمایهٔ سروری با نام «%1» نیست.</translation>
    </message>
    <message>
        <source>No server: give --server URL, or set one up in the app&apos;s connection settings.</source>
        <translation>سروری تعیین نشده است: --server URL را بدهید یا در تنظیمات اتصال برنامه سروری تعیین کنید.</translation>
    </message>
    <message>
        <source>No API token: set $%1, pass it with --token-stdin, or save it in the app for this server.</source>
        <translation>توکن API وجود ندارد: ‎$%1 را تنظیم کنید، آن را با --token-stdin بدهید یا در برنامه برای این سرور ذخیره کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting for its password.</source>
        <translation>
            <numerusform>جاکلیدی سیستم در %n ثانیه پاسخی نداد؛ شاید منتظر گذرواژه‌اش باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>API token: </source>
        <translation>توکن API: </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 فقط yes یا no می‌پذیرد.</translation>
    </message>
    <message>
        <source>No command given. Commands: %1.</source>
        <translation>فرمانی داده نشده است. فرمان‌ها: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>فرمان ناشناخته «%1». فرمان‌ها: %2.</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 گزینه‌ی فرمان %2 نیست.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1; see: help %1</source>
        <translation>تعداد آرگومان‌های %1 نادرست است؛ ببینید: help %1</translation>
    </message>
    <message>
        <source>--server: not an http(s) address with a host.</source>
        <translation>--server: نشانی http(s) با نام میزبان نیست.</translation>
    </message>
    <message>
        <source>Give --server or --profile, not both.</source>
        <translation>--server یا --profile را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>--profile needs the name of a server profile.</source>
        <translation>‏‎--profile‎ نام یک نمایهٔ سرور را می‌خواهد.</translation>
    </message>
    <message>
        <source>--portfolio: %1</source>
        <translation>--portfolio: %1</translation>
    </message>
    <message>
        <source>--format takes table, json, jsonl or csv.</source>
        <translation>--format یکی از table، json، jsonl یا csv را می‌پذیرد.</translation>
    </message>
    <message>
        <source>--ordering takes id, name, created_at or updated_at, with &quot;-&quot; before it for descending order.</source>
        <translation>--ordering یکی از id، name، created_at یا updated_at را می‌پذیرد؛ برای ترتیب نزولی «-» را پیش از آن بگذارید.</translation>
    </message>
    <message>
        <source>--url and --no-url exclude each other.</source>
        <translation>--url و --no-url را نمی‌شود با هم داد.</translation>
    </message>
    <message>
        <source>--image excludes --no-image and --image-file.</source>
        <translation>--image را نمی‌شود با --no-image یا --image-file داد.</translation>
    </message>
    <message>
        <source>--description and --description-file exclude each other.</source>
        <translation>--description و --description-file را نمی‌شود با هم داد.</translation>
    </message>
    <message>
        <source>--json takes every field from its input; leave out the field options.</source>
        <translation>--json همه‌ی فیلدها را از ورودی خود می‌گیرد؛ گزینه‌های فیلدها را ندهید.</translation>
    </message>
    <message>
        <source>create needs --name, or --json FILE.</source>
        <translation>فرمان create به --name یا --json FILE نیاز دارد.</translation>
    </message>
    <message>
        <source>--all and --limit exclude each other.</source>
        <translation>--all و --limit را نمی‌شود با هم داد.</translation>
    </message>
    <message>
        <source>--token-stdin and --json - cannot both read standard input.</source>
        <translation>--token-stdin و ‎--json -‎ هر دو نمی‌توانند از ورودی استاندارد بخوانند.</translation>
    </message>
    <message>
        <source>check
  Tests the server and the token as the connection settings do: asks for one
  link of the portfolio (1 if none is given) and whether uploads are possible.</source>
        <translation>check
  سرور و توکن را مانند تنظیمات اتصال می‌آزماید: یک پیوند از نمونه‌کار را می‌خواهد
  (اگر نمونه‌کاری داده نشود، ۱) و بررسی می‌کند که بارگذاری ممکن است یا نه.</translation>
    </message>
    <message>
        <source>create --name N [options] | --json FILE
  Options: [--url U] [--description D | --description-file F]
           [--image ID | --image-file PATH]; --json FILE (&quot;-&quot;: standard input)
  Creates one link with one POST (--image-file uploads the image first), or
  one per object of a JSON array, fields as in the API. A create whose answer
  is lost is checked with the server, never sent twice. Prints what was created.</source>
        <translation>create --name N [options] | --json FILE
  گزینه‌ها: [--url U] [--description D | --description-file F]
           [--image ID | --image-file PATH]; --json FILE («-»: ورودی استاندارد)
  یک پیوند را با یک POST می‌سازد (--image-file نخست تصویر را بارگذاری می‌کند)، یا
  برای هر شیء یک آرایه‌ی JSON یکی، با فیلدهای API. ساختنی که پاسخش گم شود
  از سرور پرسیده می‌شود و هرگز دو بار فرستاده نمی‌شود. آنچه ساخته شد را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>list [options]
  Options: [--search Q] [--has-image yes|no] [--has-url yes|no]
           [--has-description yes|no] [--ordering FIELD] [--limit N | --all]
  Lists links, newest first: one page, N links, or every page as it arrives
  (--all; with --format jsonl one object per line). FIELD: id, name,
  created_at, updated_at, with &quot;-&quot; before it for descending order.</source>
        <translation>list [options]
  گزینه‌ها: [--search Q] [--has-image yes|no] [--has-url yes|no]
           [--has-description yes|no] [--ordering FIELD] [--limit N | --all]
  پیوندها را، تازه‌ترین نخست، فهرست می‌کند: یک صفحه، N پیوند، یا همه‌ی صفحه‌ها همان‌طور که می‌رسند
  (--all؛ با --format jsonl هر شیء در یک سطر). FIELD: id، name،
  created_at، updated_at؛ برای ترتیب نزولی «-» پیش از آن.</translation>
    </message>
    <message>
        <source>get ID
  Prints one link.</source>
        <translation>get ID
  یک پیوند را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>update ID [options]
  Options: [--name N] [--url U | --no-url] [--description D |
           --description-file F] [--image ID | --no-image]
  Changes only the fields given (one PATCH) and prints the link.</source>
        <translation>update ID [options]
  گزینه‌ها: [--name N] [--url U | --no-url] [--description D |
           --description-file F] [--image ID | --no-image]
  فقط فیلدهای داده‌شده را تغییر می‌دهد (یک PATCH) و پیوند را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>delete ID... [--yes]
  Deletes links. Asks first on a terminal unless --yes is given; elsewhere
  --yes is required and nothing is deleted without it.</source>
        <translation>delete ID... [--yes]
  پیوندها را حذف می‌کند. در پایانه پیش از حذف می‌پرسد مگر --yes داده شود؛ در جای دیگر
  --yes لازم است و بی آن چیزی حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>upload FILE...
  Uploads images and prints each one&apos;s id.</source>
        <translation>upload FILE...
  تصویرها را بارگذاری می‌کند و شناسه‌ی هر کدام را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>import FILE [--dry-run]
  Creates the links of a CSV file (as export writes it) or a JSON file. Every
  row is checked first and nothing is sent if one is wrong; a link with the
  same name and URL as one in the portfolio, or as an earlier row, is
  skipped and reported. --dry-run only says what would be done.</source>
        <translation>import FILE [--dry-run]
  پیوندهای یک پرونده‌ی CSV (همان‌طور که export می‌نویسد) یا JSON را می‌سازد. هر
  سطر نخست بررسی می‌شود و اگر یکی نادرست باشد چیزی فرستاده نمی‌شود؛ پیوندی با
  همان نام و نشانی یکی از پیوندهای نمونه‌کار یا یک سطر پیشین،
  کنار گذاشته و گزارش می‌شود. --dry-run فقط می‌گوید چه خواهد شد.</translation>
    </message>
    <message>
        <source>Usage: portfolio-links-cli [options] COMMAND [command options]
Portfolio links on a Django REST Framework server, for scripts.

Commands:
</source>
        <translation>کاربرد: portfolio-links-cli [options] COMMAND [command options]
پیوندهای نمونه‌کار روی سرور Django REST Framework، برای اسکریپت‌ها.

فرمان‌ها:
</translation>
    </message>
    <message>
        <source>export [--format csv|json] [-o FILE]
  Writes every link of the portfolio: JSON, or CSV in UTF-8 with a byte order
  mark for spreadsheets (the format follows FILE&apos;s extension if not given).
  A CSV cell starting with = + - @ &apos; a tab or a carriage return gets a &apos; in
  front, so that a spreadsheet shows it as text; import reads it back as it was.</source>
        <translation>export [--format csv|json] [-o FILE]
  همه‌ی پیوندهای نمونه‌کار را می‌نویسد: JSON، یا CSV در UTF-8 با نشانه‌ی ترتیب بایت
  برای صفحه‌گسترده‌ها (اگر قالب داده نشود، از پسوند FILE پیروی می‌کند).
  خانه‌ای از CSV که با = + - @ &apos; یا نویسه‌ی تب یا بازگشت خط (CR) آغاز شود، یک &apos; در
  آغازش می‌گیرد تا صفحه‌گسترده آن را متن نشان دهد؛ import آن را همان‌گونه که بود می‌خواند.</translation>
    </message>
    <message>
        <source>
Options:
  --server URL        the server (default: the app&apos;s current server profile)
  --profile NAME      one of the app&apos;s server profiles, by its name
  --portfolio N       the portfolio (also $%1)
  --format FORMAT     table, json, jsonl or csv (default: table on a
                      terminal, json otherwise)
  --timeout S         seconds a request, or the keychain, may stay silent
  --quiet             no notes on standard error, only errors
  --token-stdin       read the API token from standard input
  --no-normalize      keep Arabic Yeh and Kaf as typed
  --version, --help   print and exit; help COMMAND for one command

The token comes from $PORTFOLIO_LINKS_TOKEN, --token-stdin or the keychain entry
of the app; it is never an option.

Exit status:
  0 ok   1 usage   2 authentication (401) or no token   3 permission (403)
  4 not found (404)   5 validation (400; field: message on standard error)
  6 network (unreachable, timeout, TLS)   7 server error (5xx, malformed answer)
</source>
        <translation>
گزینه‌ها:
  --server URL        سرور (پیش‌فرض: نمایهٔ سرور کنونی برنامه)
  --profile NAME      یکی از نمایه‌های سرور برنامه، با نامش
  --portfolio N       نمونه‌کار (همچنین ‎$%1)
  --format FORMAT     table، json، jsonl یا csv (پیش‌فرض: table در
                      پایانه، وگرنه json)
  --timeout S         چند ثانیه یک درخواست، یا جاکلیدی، می‌تواند بی‌پاسخ بماند
  --quiet             بی یادداشت روی خطای استاندارد، فقط خطاها
  --token-stdin       توکن API را از ورودی استاندارد بخوان
  --no-normalize      ی و ک عربی را همان‌طور که تایپ شده نگه دار
  --version, --help   چاپ و خروج؛ help COMMAND برای یک فرمان

توکن از ‎$PORTFOLIO_LINKS_TOKEN، --token-stdin یا مدخل جاکلیدی
برنامه می‌آید؛ هرگز گزینه نیست.

وضعیت خروج:
  0 موفق   1 کاربرد نادرست   2 احراز هویت (401) یا نبود توکن   3 دسترسی (403)
  4 پیدا نشد (404)   5 اعتبارسنجی (400؛ field: message روی خطای استاندارد)
  6 شبکه (دسترس‌ناپذیر، مهلت، TLS)   7 خطای سرور (5xx، پاسخ نادرست)
</translation>
    </message>
    <message>
        <source>--timeout takes at most %1 seconds.</source>
        <translation>--timeout حداکثر %1 ثانیه می‌پذیرد.</translation>
    </message>
    <message>
        <source>  130 stopped by Ctrl+C, after the request under way
</source>
        <translation>  130 با Ctrl+C ایستاد، پس از درخواستی که در جریان بود
</translation>
    </message>
</context>
<context>
    <name>ClipboardImage</name>
    <message>
        <source>The pasted image could not be saved for the upload: %1</source>
        <translation>تصویر چسبانده‌شده برای بارگذاری ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>the clipboard&apos;s picture cannot be encoded</source>
        <translation>تصویر کلیپ‌بورد قابل رمزگذاری نیست</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>پوشه‌ی %1 ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>تصویر چسبانده‌شده %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>No portfolio: give --portfolio N or set $%1.</source>
        <translation>نمونه‌کاری تعیین نشده است: --portfolio N را بدهید یا ‎$%1 را تنظیم کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text.</source>
        <translation>%1: متن UTF-8 نیست.</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB, far more than any file of links; it was not read.</source>
        <translation>%1: بزرگ‌تر از %2 مگابایت است، بسیار بیشتر از هر پرونده‌ی پیوندها؛ خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>See: portfolio-links-cli --help</source>
        <translation>ببینید: portfolio-links-cli --help</translation>
    </message>
    <message>
        <source>The output could not be written in full: %1</source>
        <translation>خروجی به‌طور کامل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>فرمانی به نام «%1» وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>تنظیمات اتصال</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>سرور (&amp;S)</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>توکن API‏ (&amp;T)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>آزمایش اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>Bad token: the server did not accept it.</source>
        <translation>توکن نادرست است: سرور آن را نپذیرفت.</translation>
    </message>
    <message>
        <source>The token works, but this account has no permission for portfolio links.</source>
        <translation>توکن درست است، اما این حساب مجوز پیوندهای نمونه‌کار را ندارد.</translation>
    </message>
    <message>
        <source>Not found: the server has no portfolio %1, or the address is not the portfolio API.</source>
        <translation>پیدا نشد: سرور نمونه‌کار %1 را ندارد، یا این نشانی API نمونه‌کارها نیست.</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>دسترس‌ناپذیر: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://example.com/.</source>
        <translation>نشانی سرور را وارد کنید، برای نمونه https://example.com/.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>در حال آزمایش…</translation>
    </message>
    <message>
        <source>OK: the server accepted the token.</source>
        <translation>درست است: سرور توکن را پذیرفت.</translation>
    </message>
    <message>
        <source>S&amp;how the token</source>
        <translation>نمایش توکن (&amp;H)</translation>
    </message>
    <message>
        <source>Allow an &amp;insecure (http) connection to this server</source>
        <translation>اجازهٔ اتصال ناامن (http) به این سرور (&amp;I)</translation>
    </message>
    <message>
        <source>Warning: over plain http, anyone on the network between you and the server can read your token and use it to change the portfolio. Allow this only on a network you trust.</source>
        <translation>هشدار: روی http ساده، هر کسی در شبکهٔ میان شما و سرور می‌تواند توکن شما را بخواند و با آن نمونه‌کارها را تغییر دهد. این را فقط در شبکه‌ای که به آن اعتماد دارید مجاز کنید.</translation>
    </message>
    <message>
        <source>&amp;Retry keychain</source>
        <translation>تلاش دوباره برای جاکلیدی (&amp;R)</translation>
    </message>
    <message>
        <source>Where the server takes image uploads, relative to the server address. Leave it empty if the server takes none.</source>
        <translation>جایی که سرور تصویرهای بارگذاری‌شده را می‌گیرد، نسبت به نشانی سرور. اگر سرور بارگذاری نمی‌پذیرد، خالی بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>جزئیات (&amp;D)…</translation>
    </message>
    <message>
        <source>The API token is a secret code that lets Portfolio Links work on the server in your name. An administrator creates it in the server&apos;s admin site, under %1, and gives it to you.</source>
        <translation>توکن API یک رمز محرمانه است که به پیوندهای نمونه‌کار اجازه می‌دهد به نام شما روی سرور کار کند. مدیر سرور آن را در بخش مدیریت سرور، زیر %1، می‌سازد و به شما می‌دهد.</translation>
    </message>
    <message>
        <source>The token comes from the %1 environment variable and is not stored.</source>
        <translation>توکن از متغیر محیطی %1 خوانده شده و ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Looking for the system keychain, where the token is kept…</source>
        <translation>در جست‌وجوی جاکلیدی سیستم، جایی که توکن نگه داشته می‌شود…</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, nowhere else.</source>
        <translation>توکن فقط در جاکلیدی سیستم شما نگه داشته می‌شود، نه هیچ جای دیگر.</translation>
    </message>
    <message>
        <source>A token you enter here is kept only in memory, until you quit Portfolio Links.</source>
        <translation>توکنی که این‌جا وارد می‌کنید فقط در حافظه نگه داشته می‌شود، تا وقتی که از پیوندهای نمونه‌کار خارج شوید.</translation>
    </message>
    <message>
        <source>No answer over https; trying plain http, as the server is this computer…</source>
        <translation>از راه https پاسخی نیامد؛ چون سرور همین رایانه است، http ساده آزموده می‌شود…</translation>
    </message>
    <message>
        <source>OK over plain http: the server accepted the token. It does not answer over https, so the address now starts with %1.</source>
        <translation>با http ساده درست است: سرور توکن را پذیرفت. سرور از راه https پاسخ نمی‌دهد، پس نشانی اکنون با %1 آغاز می‌شود.</translation>
    </message>
    <message>
        <source>(The server answers over plain http, not https: the address now starts with %1.)</source>
        <translation>(سرور با http ساده پاسخ می‌دهد، نه https: نشانی اکنون با %1 آغاز می‌شود.)</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>آزمایش اتصال ناموفق بود</translation>
    </message>
    <message>
        <source>The connection test with this server and token failed:
%1

Use them anyway?</source>
        <translation>آزمایش اتصال با این سرور و توکن ناموفق بود:
%1

با این حال از آن‌ها استفاده شود؟</translation>
    </message>
    <message>
        <source>&amp;Use anyway</source>
        <translation>با این حال استفاده شود (&amp;U)</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>نمایه (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>افزودن (&amp;A)</translation>
    </message>
    <message>
        <source>A new, empty server profile</source>
        <translation>یک نمایهٔ سرور تازه و خالی</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>رونوشت (&amp;P)</translation>
    </message>
    <message>
        <source>A copy of this profile&apos;s settings, without its token</source>
        <translation>رونوشتی از تنظیمات این نمایه، بدون توکن آن</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>حذف (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>Production server (&amp;live data)</source>
        <translation>سرور اصلی، داده‌های واقعی (&amp;L)</translation>
    </message>
    <message>
        <source>Any other profile is marked with a coloured band while it is in use.</source>
        <translation>هر نمایهٔ دیگری تا وقتی به کار می‌رود با نواری رنگی نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>The longest the server may stay silent during a request.</source>
        <translation>بیشترین زمانی که سرور می‌تواند در میانهٔ یک درخواست پاسخی ندهد.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Named after the server unless you name it</source>
        <translation>اگر نامی ندهید، نام سرور را می‌گیرد</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>نمایهٔ تازه</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>حذف نمایه</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its token is deleted from the keychain.</source>
        <translation>نمایهٔ «%1» حذف شود؟ توکن آن از جاکلیدی پاک می‌شود.</translation>
    </message>
    <message>
        <source>Open the server&apos;s Tok&amp;ens page</source>
        <translation>باز کردن صفحهٔ توکن‌های سرور (&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made in this profile are not on the server yet. They stay in the Outbox until you discard them: no other profile&apos;s token sends them.</source>
        <translation>
            <numerusform>%Ln تغییری که در این نمایه داده شده هنوز روی سرور نیست. این تغییرها تا وقتی کنارشان نگذارید در صندوق خروجی می‌مانند و با توکن هیچ نمایهٔ دیگری فرستاده نمی‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upload path</source>
        <translation>مسیر بارگذاری (&amp;U)</translation>
    </message>
    <message>
        <source>Time&amp;out</source>
        <translation>مهلت پاسخ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[ب/خ]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>ب</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>The server did not accept the API token (from $%1, from --token-stdin, or the app&apos;s keychain entry for this server).</source>
        <translation>سرور توکن API را نپذیرفت (از ‎$%1، از ‎--token-stdin یا از توکنی که برنامه برای این سرور در جاکلیدی نگه داشته است).</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1: not a JSON object or array of objects (%2).</source>
        <translation>%1: شیء JSON یا آرایه‌ای از شیءها نیست (%2).</translation>
    </message>
    <message>
        <source>%1: entry %2 is not a JSON object.</source>
        <translation>%1: مورد %2 شیء JSON نیست.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 as image %2.</source>
        <translation>%1 به‌عنوان تصویر %2 بارگذاری شد.</translation>
    </message>
    <message>
        <source>entry %1: %2: %3</source>
        <translation>مورد %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: entry %2: %3</source>
        <translation>%1: مورد %2: %3</translation>
    </message>
    <message>
        <source>Ctrl+C: the link being created is finished first, then the command stops. Press Ctrl+C again to stop at once.</source>
        <translation>Ctrl+C: نخست ساخت پیوندی که در جریان است تمام می‌شود، سپس فرمان می‌ایستد. برای ایستادن فوری دوباره Ctrl+C را بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by Ctrl+C after creating %Ln link(s).</source>
        <translation>
            <numerusform>با Ctrl+C پس از ساختن %Ln پیوند ایستاد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1, uploaded by the earlier create of this link, goes with it.</source>
        <translation>تصویر %1 که ساخت پیشین این پیوند بارگذاری کرده بود، همراهش می‌رود.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Nothing was deleted: without a terminal to ask on, delete needs --yes.</source>
        <translation>چیزی حذف نشد: بی پایانه‌ای برای پرسیدن، delete به --yes نیاز دارد.</translation>
    </message>
    <message>
        <source>Delete link %1 «%2»?</source>
        <translation>پیوند %1 «%2» حذف شود؟</translation>
    </message>
    <message>
        <source>Link %1 was kept.</source>
        <translation>پیوند %1 نگه داشته شد.</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>پیوند %1</translation>
    </message>
    <message>
        <source>Deleted link %1.</source>
        <translation>پیوند %1 حذف شد.</translation>
    </message>
    <message>
        <source>Not tried, so still there: %1.</source>
        <translation>امتحان نشد، پس هنوز هست: %1.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be written to %1: %2</source>
        <translation>پیش‌نویس را نمی‌توان در %1 نوشت: %2</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsBox</name>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export writes csv or json.</source>
        <translation>export فقط csv یا json می‌نویسد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln link(s) to %1.</source>
        <translation>
            <numerusform>%Ln پیوند در %1 نوشته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>شروع به کار</translation>
    </message>
    <message>
        <source>Choosing the image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <source>The Image field shows the chosen picture with its name, size and dimensions. Choose… opens the picker: Enter chooses, Esc closes, Ctrl+Tab changes the page.</source>
        <translation>فیلد تصویر، تصویر انتخاب‌شده را با نام، حجم و ابعادش نشان می‌دهد. «انتخاب…» پنجره‌ی انتخاب تصویر را باز می‌کند: Enter انتخاب می‌کند، Esc می‌بندد و Ctrl+Tab صفحه را عوض می‌کند.</translation>
    </message>
    <message>
        <source>From this portfolio: the images the portfolio&apos;s links already use, each once. Type to narrow them by name (Persian or Arabic letters, with or without ZWNJ, any digits); Down enters the grid, the arrows move in it.</source>
        <translation>از همین نمونه‌کار: تصویرهایی که پیوندهای این نمونه‌کار به کار می‌برند، هر کدام یک بار. برای محدود کردن آن‌ها نام را تایپ کنید (با حروف فارسی یا عربی، با یا بدون نیم‌فاصله، با هر نوع رقم)؛ کلید پایین به جدول تصویرها می‌رود و کلیدهای جهت در آن جابه‌جا می‌کنند.</translation>
    </message>
    <message>
        <source>By number: type an image&apos;s number, in Persian or English digits. Where the server can show it, you see it before you take it.</source>
        <translation>با شماره: شماره‌ی تصویر را با رقم فارسی یا انگلیسی بنویسید. اگر سرور بتواند آن را نشان دهد، پیش از برداشتنش آن را می‌بینید.</translation>
    </message>
    <message>
        <source>Upload a file: pick a file, or drop one on the window or on the Image field. It is checked first (an image, by its content, of at most %1), then uploaded with a progress bar and Cancel.</source>
        <translation>بارگذاری پرونده: پرونده‌ای انتخاب کنید، یا آن را روی پنجره یا فیلد تصویر رها کنید. نخست بررسی می‌شود (که از روی محتوایش تصویر باشد و حداکثر %1)، سپس با نوار پیشرفت و دکمه‌ی «لغو» بارگذاری می‌شود.</translation>
    </message>
    <message>
        <source>Uploading, and previews by number, need the server&apos;s media endpoint. Its path is set in Connection settings (Upload path; empty when the server has none). Where the server has none, the picker says so once and offers the other ways.</source>
        <translation>بارگذاری و پیش‌نمایش با شماره به نقطه‌ی دسترسی رسانه‌ی سرور نیاز دارند. مسیر آن در «تنظیمات اتصال» تعیین می‌شود («مسیر بارگذاری»؛ اگر سرور آن را ندارد، خالی). اگر سرور آن را نداشته باشد، پنجره‌ی انتخاب تصویر یک بار این را می‌گوید و راه‌های دیگر را پیش می‌نهد.</translation>
    </message>
    <message>
        <source>Your work and your token</source>
        <translation>کار شما و توکن شما</translation>
    </message>
    <message>
        <source>The form is saved as you type and comes back after a crash, on the server it was written for. If it cannot be saved (a full disk, a data folder that cannot be written), the status bar says so and a mark stays until saving works again.</source>
        <translation>فرم هم‌زمان با تایپ ذخیره می‌شود و پس از بسته شدن ناگهانی برنامه، روی همان سروری که برایش نوشته شده بود برمی‌گردد. اگر ذخیره ممکن نباشد (دیسک پر، یا پوشه‌ی داده‌ای که نمی‌توان در آن نوشت)، نوار وضعیت این را می‌گوید و نشانه‌ای می‌ماند تا ذخیره دوباره کار کند.</translation>
    </message>
    <message>
        <source>One click is one request. Whenever the server may have acted without its answer arriving whole (a timeout, a dropped connection, a server error, Cancel after sending), the app asks the server whether it created the link before anything is sent again.</source>
        <translation>هر کلیک یک درخواست است. هر گاه ممکن باشد سرور کاری کرده باشد اما پاسخش کامل نرسیده باشد (پایان مهلت، قطع اتصال، خطای سرور، «لغو» پس از فرستادن)، برنامه پیش از فرستادن دوباره از سرور می‌پرسد که آیا پیوند را ساخته است یا نه.</translation>
    </message>
    <message>
        <source>Portfolio Links runs once per user: starting it again brings the open window to the front.</source>
        <translation>پیوندهای نمونه‌کار برای هر کاربر یک بار اجرا می‌شود: اجرای دوباره، پنجره‌ی باز را به جلو می‌آورد.</translation>
    </message>
    <message>
        <source>The token lives only in the system keychain and goes only to the API&apos;s own server. Copy as cURL leaves it out: the command reads it from the %1 variable. Server text is shown as text, never as markup, and only web links are opened.</source>
        <translation>توکن فقط در جاکلیدی سیستم نگه داشته می‌شود و فقط به سرور خود API فرستاده می‌شود. «کپی به‌صورت cURL» آن را کنار می‌گذارد: فرمان آن را از متغیر %1 می‌خواند. متن سرور همیشه به‌صورت متن نشان داده می‌شود، نه نشانه‌گذاری، و فقط پیوندهای وب باز می‌شوند.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>کنار گذاشته شد</translation>
    </message>
    <message>
        <source>before: %1 — after: %2</source>
        <translation>پیش از: %1 — پس از: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>نمونه‌کار</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>فیلدها</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Changes made through the app</source>
        <translation>تغییرهایی که با این برنامه انجام شده‌اند</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگرداندن (&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>خروجی CSV (&amp;X)…</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>همین سرور</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>همه‌ی سرورها</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>خروجی گرفتن از تاریخچه</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history was exported to %1.</source>
        <translation>تاریخچه در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The history could not be written to %1.</source>
        <translation>تاریخچه در %1 نوشته نشد.</translation>
    </message>
    <message>
        <source>Link %1 is created again as a new link: the server gives it a new number, not %1.</source>
        <translation>پیوند %1 دوباره به‌صورت پیوندی تازه ساخته می‌شود: سرور شماره‌ی تازه‌ای به آن می‌دهد، نه %1.</translation>
    </message>
    <message>
        <source>The outbox is unavailable: the link could not be restored.</source>
        <translation>صندوق خروجی در دسترس نیست: پیوند بازگردانده نشد.</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>سرور (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>نمونه‌کار (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>جستجو (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>The file is not an image this application can show.</source>
        <translation>این پرونده تصویری نیست که این برنامه بتواند نشان دهد.</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>تصویر خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>تصویر برای نمایش بیش از حد بزرگ است (%1 × %2 پیکسل).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Pick one of the portfolio&apos;s images, enter an image number, or upload a file (you can also drop a file here)</source>
        <translation>یکی از تصویرهای نمونه‌کار را برگزینید، شماره‌ی تصویری را وارد کنید یا پرونده‌ای بارگذاری کنید (می‌توانید پرونده را اینجا رها هم کنید)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <source>Clear image</source>
        <translation>پاک کردن تصویر</translation>
    </message>
    <message>
        <source>Chosen image</source>
        <translation>تصویر انتخاب‌شده</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>Image number %1 (not checked: the server checks it when the link is created)</source>
        <translation>تصویر شماره‌ی %1 (بررسی نشده: سرور هنگام ساختن پیوند آن را بررسی می‌کند)</translation>
    </message>
</context>
<context>
    <name>ImageFileCheck</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>پرونده %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>پرونده %1 خالی است.</translation>
    </message>
    <message>
        <source>The file %1 is %2; the largest file that can be uploaded is %3.</source>
        <translation>حجم پرونده %1 برابر %2 است؛ بزرگ‌ترین پرونده‌ای که می‌توان فرستاد %3 است.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>پرونده %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an image (PNG, JPEG, GIF, WebP…).</source>
        <translation>پرونده %1 تصویر نیست (PNG، JPEG، GIF، WebP…).</translation>
    </message>
    <message>
        <source>The image in %1 does not say how large it is.</source>
        <translation>تصویر پرونده %1 اندازهٔ خود را اعلام نمی‌کند.</translation>
    </message>
    <message>
        <source>The image in %1 is too large (%2 × %3 pixels).</source>
        <translation>تصویر پرونده %1 بیش از حد بزرگ است (%2 × %3 پیکسل).</translation>
    </message>
    <message>
        <source>The image in %1 is damaged: %2</source>
        <translation>تصویر پرونده %1 آسیب دیده است: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 یک پوشه است، نه پروندهٔ تصویر.</translation>
    </message>
</context>
<context>
    <name>ImageNumberPage</name>
    <message>
        <source>e.g. 6</source>
        <translation>برای نمونه ۶</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>This server cannot show an image by its number: the number is used as it is, and the server checks it when the link is created.</source>
        <translation>این سرور نمی‌تواند تصویر را با شماره‌اش نشان دهد: شماره همان‌گونه که هست به کار می‌رود و سرور هنگام ساختن پیوند آن را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Looking for image %1 on the server…</source>
        <translation>در حال جستجوی تصویر %1 در سرور…</translation>
    </message>
    <message>
        <source>Press Enter to use this image.</source>
        <translation>برای استفاده از این تصویر Enter را بزنید.</translation>
    </message>
    <message>
        <source>The server has no image with the number %1.</source>
        <translation>سرور تصویری با شماره‌ی %1 ندارد.</translation>
    </message>
    <message>
        <source>Image %1 could not be shown: %2
It can still be used; the server checks it when the link is created.</source>
        <translation>تصویر %1 نمایش داده نشد: %2
هنوز می‌توان آن را به کار برد؛ سرور هنگام ساختن پیوند آن را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Image &amp;number</source>
        <translation>شماره‌ی تصویر (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ImagePickerDialog</name>
    <message>
        <source>Choose an image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <source>From this portfolio</source>
        <translation>از همین نمونه‌کار</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>با شماره</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>بارگذاری پرونده</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>استفاده از این تصویر</translation>
    </message>
    <message>
        <source>This server does not take uploads, so the file was not sent. Choose one of the portfolio&apos;s images or enter an image&apos;s number.</source>
        <translation>این سرور بارگذاری نمی‌پذیرد، پس پرونده فرستاده نشد. یکی از تصویرهای نمونه‌کار را برگزینید یا شماره‌ی تصویری را وارد کنید.</translation>
    </message>
    <message>
        <source>The server has no media endpoint at %1, so uploading images and previewing them by number are off. If it has one elsewhere, set its path in Connection settings.</source>
        <translation>سرور در %1 نشانی رسانه ندارد، پس بارگذاری تصویر و پیش‌نمایش با شماره خاموش است. اگر سرور آن را جای دیگری دارد، مسیرش را در تنظیمات اتصال وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ImageText</name>
    <message>
        <source>%1
Number %2 · %3 · %4 × %5 pixels</source>
        <translation>%1
شماره‌ی %2، %3، %4 × %5 پیکسل</translation>
    </message>
</context>
<context>
    <name>ImageUploadPage</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>انتخاب پرونده (&amp;F)…</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>پیشرفت بارگذاری</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>لغو بارگذاری</translation>
    </message>
    <message>
        <source>Upload an image</source>
        <translation>بارگذاری تصویر</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>تصویرها (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>در حال بررسی %1…</translation>
    </message>
    <message>
        <source>%1
%2 · %3 × %4 pixels</source>
        <translation>%1
%2، %3 × %4 پیکسل</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>بارگذاری شد.</translation>
    </message>
    <message>
        <source>Press Enter to use this image.</source>
        <translation>برای استفاده از این تصویر Enter را بزنید.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>بارگذاری لغو شد.</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>بارگذاری ناموفق بود: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>پاسخ سرور: %1</translation>
    </message>
    <message>
        <source>or drop an image file on this window, or paste an image here (Ctrl+V).</source>
        <translation>یا پرونده‌ی تصویر را روی این پنجره رها کنید، یا تصویری را اینجا بچسبانید (Ctrl+V).</translation>
    </message>
    <message>
        <source>Images up to %1 (PNG, JPEG, GIF, WebP…).</source>
        <translation>تصویرهایی با حجم تا %1 (PNG، JPEG، GIF، WebP و…).</translation>
    </message>
    <message>
        <source>Reading the pasted image…</source>
        <translation>در حال خواندن تصویر چسبانده‌شده…</translation>
    </message>
    <message>
        <source>Sent. Waiting for the server to store the image…</source>
        <translation>ارسال شد. در انتظار ذخیره‌ی تصویر در سرور…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>توقف انتظار</translation>
    </message>
    <message>
        <source>The whole file has been sent: the server may store the image even if you stop waiting.</source>
        <translation>کل پرونده ارسال شده است: حتی اگر انتظار را متوقف کنید، ممکن است سرور تصویر را ذخیره کند.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>در حال ارسال: %1 از %2</translation>
    </message>
    <message>
        <source>Stopped waiting for the server.</source>
        <translation>انتظار برای پاسخ سرور متوقف شد.</translation>
    </message>
    <message>
        <source>The whole file had been sent, so the server may still store the image, unused by any link.</source>
        <translation>کل پرونده ارسال شده بود، پس ممکن است سرور تصویر را باز هم ذخیره کند، بی‌آنکه لینکی از آن استفاده کند.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>سطر %1: %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and run the import again.</source>
        <translation>چیزی وارد نشد: سطرهای بالا را درست کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>row %1: skipped, the same name and URL as link %2</source>
        <translation>سطر %1: کنار گذاشته شد، همان نام و نشانی پیوند %2</translation>
    </message>
    <message>
        <source>row %1: skipped, the same name and URL as row %2</source>
        <translation>سطر %1: کنار گذاشته شد، همان نام و نشانی سطر %2</translation>
    </message>
    <message>
        <source>Stopped at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</source>
        <translation>در سطر %1 پس از ساختن %2 پیوند متوقف شد؛ می‌توانید دوباره وارد کنید: پیوندهایی که ساخته شده‌اند تکراری شمرده و کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Created: %1 link(s); skipped as duplicates: %2.</source>
        <translation>ساخته شد: %1 پیوند؛ کنار گذاشته‌شده به‌عنوان تکراری: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln link(s) would be created; nothing was sent.</source>
        <translation>
            <numerusform>اجرای آزمایشی: %Ln پیوند ساخته می‌شد؛ چیزی فرستاده نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+C: the link being created is finished first, then the import stops. Press Ctrl+C again to stop at once.</source>
        <translation>Ctrl+C: نخست ساخت پیوندی که در جریان است تمام می‌شود، سپس درون‌بُرد می‌ایستد. برای ایستادن فوری دوباره Ctrl+C را بزنید.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</source>
        <translation>با Ctrl+C در ردیف %1 پس از ساختن %2 پیوند ایستاد؛ درون‌بُرد را می‌توان دوباره اجرا کرد: پیوندهای ساخته‌شده به‌عنوان تکراری کنار گذاشته می‌شوند.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Create portfolio links on your company&apos;s portfolio server.</source>
        <translation>ساخت پیوندهای نمونه‌کار روی سرور نمونه‌کارهای شرکت شما.</translation>
    </message>
    <message>
        <source>Base URL of the portfolio API, e.g. https://example.com/.</source>
        <translation>نشانی پایهٔ API نمونه‌کارها، برای نمونه https://example.com/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Portfolio id to fill in.</source>
        <translation>شناسهٔ نمونه‌کار برای پر کردن فرم.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>--server needs an http or https URL, not “%1”.</source>
        <translation>‏--server به نشانی http یا https نیاز دارد، نه «%1».</translation>
    </message>
    <message>
        <source>--portfolio needs a positive number, not “%1”.</source>
        <translation>‏--portfolio به یک عدد مثبت نیاز دارد، نه «%1».</translation>
    </message>
    <message>
        <source>Server profile to use, by its name.</source>
        <translation>نمایهٔ سروری که به کار می‌رود، با نامش.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>--profile needs the name of a server profile.</source>
        <translation>‏‎--profile‎ نام یک نمایهٔ سرور را می‌خواهد.</translation>
    </message>
    <message>
        <source>There is no server profile named “%1”.</source>
        <translation>نمایهٔ سروری با نام «%1» نیست.</translation>
    </message>
</context>
<context>
    <name>LinkCopyActions</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>کپی شناسه (&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>کپی نشانی وب (&amp;U)</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>کپی به‌صورت cURL (&amp;C)</translation>
    </message>
    <message>
        <source>The last create or save as a curl command; the token is left to the %1 variable</source>
        <translation>آخرین ساخت یا ذخیره به‌صورت فرمان curl؛ توکن در آن نیست و از متغیر %1 خوانده می‌شود</translation>
    </message>
    <message>
        <source>Link number %1 copied.</source>
        <translation>شماره‌ی پیوند %1 کپی شد.</translation>
    </message>
    <message>
        <source>The link&apos;s URL was copied.</source>
        <translation>نشانی وب پیوند کپی شد.</translation>
    </message>
    <message>
        <source>Nothing was sent yet: there is no request to copy.</source>
        <translation>هنوز چیزی فرستاده نشده است: درخواستی برای کپی نیست.</translation>
    </message>
    <message>
        <source>The last request was copied as a curl command (without the token).</source>
        <translation>آخرین درخواست به‌صورت فرمان curl (بدون توکن) کپی شد.</translation>
    </message>
</context>
<context>
    <name>LinkCreator</name>
    <message>
        <source>The answer to the create was lost, but the server had created link %1: it was not sent again.</source>
        <translation>پاسخ ساختن گم شد، اما سرور پیوند %1 را ساخته بود: دوباره فرستاده نشد.</translation>
    </message>
    <message>
        <source>%1 Asking the server whether the link was created before anything is sent again…</source>
        <translation>%1 پیش از آنکه چیزی دوباره فرستاده شود، از سرور پرسیده می‌شود که پیوند ساخته شده است یا نه…</translation>
    </message>
    <message>
        <source>The link was not created (the server has no such link).</source>
        <translation>پیوند ساخته نشد (سرور چنین پیوندی ندارد).</translation>
    </message>
    <message>
        <source>The answer to the create was lost, and links identical to it exist (%1): which of them, if any, this create made cannot be told. It was not sent again.</source>
        <translation>پاسخ ساختن گم شد و پیوندهایی درست همانند آن هست (%1): نمی‌شود گفت کدام‌یک، اگر هیچ، را همین ساختن ساخته است. دوباره فرستاده نشد.</translation>
    </message>
    <message>
        <source>An earlier create of this link got no answer: the server is asked about it first.</source>
        <translation>ساخت پیشین این پیوند پاسخی نگرفت: نخست از سرور درباره‌اش پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Whether the link was created is unknown, and it was not sent again. The next create of the same link asks the server first. Look for it with: list --search NAME</source>
        <translation>معلوم نیست پیوند ساخته شد یا نه، و دوباره فرستاده نشد. ساخت بعدی همین پیوند نخست از سرور می‌پرسد. با این فرمان دنبالش بگردید: list --search NAME</translation>
    </message>
    <message>
        <source>The same link is being created by another run of this command right now: nothing was sent. Run it again once that one has finished.</source>
        <translation>همین پیوند هم‌اکنون در اجرای دیگری از این فرمان در حال ساخته‌شدن است: چیزی فرستاده نشد. پس از پایان آن، دوباره اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>پیوند %1</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>پیوند تازه</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (تغییرهای ذخیره‌نشده)</translation>
    </message>
    <message>
        <source>Wait until the server has answered.</source>
        <translation>صبر کنید تا سرور پاسخ دهد.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرهای ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Link %1 has changes that were not saved.</source>
        <translation>پیوند %1 تغییرهایی دارد که ذخیره نشده‌اند.</translation>
    </message>
    <message>
        <source>The new link was not created yet.</source>
        <translation>پیوند تازه هنوز ساخته نشده است.</translation>
    </message>
    <message>
        <source>Set the server address in Connection settings first.</source>
        <translation>ابتدا نشانی سرور را در تنظیمات اتصال وارد کنید.</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation>چیزی تغییر نکرده است: چیزی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>در حال ذخیرهٔ تغییرها…</translation>
    </message>
    <message>
        <source>Link %1 was saved.</source>
        <translation>پیوند %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>%1 — yours: %2; on the server: %3</source>
        <translation>%1 — مال شما: %2؛ روی سرور: %3</translation>
    </message>
    <message>
        <source>The link was changed meanwhile</source>
        <translation>پیوند در این فاصله تغییر کرده است</translation>
    </message>
    <message>
        <source>Someone changed link %1 on the server after you opened it. Nothing was sent.</source>
        <translation>پس از اینکه پیوند %1 را باز کردید، کسی آن را روی سرور تغییر داده است. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>Their change is in fields you did not edit.</source>
        <translation>تغییر آن‌ها در فیلدهایی است که شما ویرایش نکرده‌اید.</translation>
    </message>
    <message>
        <source>Creating the link…</source>
        <translation>در حال ساخت پیوند…</translation>
    </message>
    <message>
        <source>Link %1 was created.</source>
        <translation>پیوند %1 ساخته شد.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; asking it whether the link was created…</source>
        <translation>پاسخ سرور نرسید؛ از سرور پرسیده می‌شود که پیوند ساخته شده یا نه…</translation>
    </message>
    <message>
        <source>The server has no such link: it was not created. Press Create link to send it again.</source>
        <translation>سرور چنین پیوندی ندارد: پیوند ساخته نشد. برای فرستادن دوباره «ساخت پیوند» را بزنید.</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>پیوند ساخته نشد.</translation>
    </message>
    <message>
        <source>Whether the server created the link cannot be checked now: nothing will be sent again before it has been asked. Press Create link to ask it.</source>
        <translation>اکنون نمی‌توان بررسی کرد که سرور پیوند را ساخته یا نه: تا از سرور پرسیده نشود چیزی دوباره فرستاده نمی‌شود. برای پرسیدن «ساخت پیوند» را بزنید.</translation>
    </message>
    <message>
        <source>Whether the link was created is not known yet.</source>
        <translation>هنوز معلوم نیست که پیوند ساخته شده یا نه.</translation>
    </message>
    <message>
        <source>Your earlier attempt had created link %1; it was not sent again. What the form holds now was not sent.</source>
        <translation>تلاش پیشین شما پیوند %1 را ساخته بود؛ دوباره فرستاده نشد. آنچه اکنون در فرم است فرستاده نشده است.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost, but it had created the link (%1): it was not sent again.</source>
        <translation>پاسخ سرور نرسید، ولی سرور پیوند را ساخته بود (%1): دوباره فرستاده نشد.</translation>
    </message>
    <message>
        <source>Was the link created?</source>
        <translation>آیا پیوند ساخته شد؟</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost. The server has a link with exactly these values (number %1), but it may be an older one rather than the one just sent.</source>
        <translation>پاسخ سرور نرسید. سرور پیوندی با همین مقدارها دارد (شمارهٔ %1)، ولی شاید پیوندی قدیمی‌تر باشد و نه همانی که همین حالا فرستاده شد.</translation>
    </message>
    <message>
        <source>Nothing was sent again. Press Create link when you have looked at the portfolio.</source>
        <translation>چیزی دوباره فرستاده نشد. پس از نگاه به نمونه‌کار، «ساخت پیوند» را بزنید.</translation>
    </message>
    <message>
        <source>The server&apos;s version was reloaded instead.</source>
        <translation>به‌جای آن، نسخه‌ی سرور دوباره بارگذاری شد.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept in the outbox and are saved when the server is back.</source>
        <translation>سرور در دسترس نیست. تغییرهای شما در صندوق خروجی نگه داشته می‌شوند و وقتی سرور برگردد ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The link is kept in the outbox and is created when the server is back.</source>
        <translation>سرور در دسترس نیست. پیوند در صندوق خروجی نگه داشته می‌شود و وقتی سرور برگردد ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Changes you saved to this link are in the outbox: the form shows them, and they are sent when the server is back.</source>
        <translation>تغییرهایی که برای این پیوند ذخیره کردید در صندوق خروجی هستند: فرم آن‌ها را نشان می‌دهد و وقتی سرور برگردد فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>ساخت پیوند (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>دورانداختن (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>بازنویسی (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>بارگیری دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;That is my link</source>
        <translation>همان پیوند من است (&amp;T)</translation>
    </message>
    <message>
        <source>Create &amp;another</source>
        <translation>یکی دیگر بساز (&amp;A)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>بعداً تصمیم می‌گیرم (&amp;L)</translation>
    </message>
    <message>
        <source>The editor went on to a new link before the server answered.</source>
        <translation>ویرایشگر پیش از پاسخ سرور به پیوند تازه‌ای رفت.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered.</source>
        <translation>پیش از پاسخ سرور لغو شد.</translation>
    </message>
    <message>
        <source>The link was deleted before the server answered.</source>
        <translation>پیوند پیش از پاسخ سرور حذف شد.</translation>
    </message>
    <message>
        <source>This link may already be on the server: Create link asks the server first, and sends it only if it is not there.</source>
        <translation>این پیوند شاید از پیش روی سرور باشد: «ساخت پیوند» نخست از سرور می‌پرسد و تنها اگر آنجا نباشد آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>Kept in the form, which asks the server whether it has the link before sending it.</source>
        <translation>در فرم نگه داشته شد؛ فرم پیش از فرستادن از سرور می‌پرسد که آیا این پیوند را دارد.</translation>
    </message>
    <message>
        <source>Kept in the form after a change made elsewhere.</source>
        <translation>پس از تغییری که جای دیگری داده شد، در فرم نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>New link</source>
        <translation>پیوند تازه</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>Required, e.g. Project demo</source>
        <translation>الزامی، برای نمونه دموی پروژه</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>نشانی وب (&amp;U)</translation>
    </message>
    <message>
        <source>https://example.com/demo</source>
        <translation>https://example.com/demo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>توضیحات (&amp;D)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>تصویر (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>توقف انتظار برای سرور (Esc)</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>ساخت پیوند</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>پیام سرور: %1</translation>
    </message>
    <message>
        <source>No portfolio with this number was found.</source>
        <translation>نمونه‌کاری با این شماره پیدا نشد.</translation>
    </message>
    <message>
        <source>What exactly went wrong, to copy for an administrator</source>
        <translation>دقیقاً چه اشکالی پیش آمد، برای رونوشت و فرستادن به مدیر سامانه</translation>
    </message>
    <message>
        <source>The name contains invisible control characters (%1) that can make it read differently. Remove them unless you meant them.</source>
        <translation>نام نویسه‌های کنترلی نادیدنی (%1) دارد که می‌توانند آن را جور دیگری نشان دهند. اگر عمداً نبوده، پاکشان کنید.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرها</translation>
    </message>
    <message>
        <source>Create or save the link, from any field of the form</source>
        <translation>ساخت یا ذخیره‌ی پیوند، از هر فیلد فرم</translation>
    </message>
    <message>
        <source>Stop waiting for the server; otherwise go back to the list</source>
        <translation>توقف انتظار برای سرور؛ و اگر منتظر نیست، بازگشت به فهرست</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>جزئیات (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>LinkImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>پرونده متن UTF-8 نیست.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>پرونده JSON معتبر نیست: %1 (در بایت %2).</translation>
    </message>
    <message>
        <source>Entry %1 of the file is not a JSON object.</source>
        <translation>مورد %1 پرونده شیء JSON نیست.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field.</source>
        <translation>پرونده‌ی CSV درون یک فیلد داخل گیومه تمام می‌شود.</translation>
    </message>
    <message>
        <source>The CSV file has no header row with a &quot;name&quot; column.</source>
        <translation>پرونده‌ی CSV سطر سرستونی با ستون «name» ندارد.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>درست یا نادرست</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>یک فهرست</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>“%1” must be text, not %2.</source>
        <translation>«%1» باید متن باشد، نه %2.</translation>
    </message>
    <message>
        <source>“image” must be an image&apos;s number, not %1.</source>
        <translation>«image» باید شماره‌ی یک تصویر باشد، نه %1.</translation>
    </message>
    <message>
        <source>Entry %1 of the file: %2</source>
        <translation>مورد %1 پرونده: %2</translation>
    </message>
</context>
<context>
    <name>LinkInput</name>
    <message>
        <source>Name is required.</source>
        <translation>نام لازم است.</translation>
    </message>
    <message>
        <source>The name has no visible characters.</source>
        <translation>نام هیچ نویسهٔ دیدنی‌ای ندارد.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation>نام %1 نویسه دارد؛ سرور حداکثر %2 نویسه می‌پذیرد.</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>%1, no URL, updated %2</source>
        <translation>%1، بدون نشانی وب، به‌روزشده در %2</translation>
    </message>
    <message>
        <source>%1, %2, updated %3</source>
        <translation>%1، %2، به‌روزشده در %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزشده در</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet on the server</source>
        <translation>هنوز روی سرور نیست</translation>
    </message>
    <message>
        <source>changes not yet on the server</source>
        <translation>تغییرها هنوز روی سرور نیست</translation>
    </message>
</context>
<context>
    <name>LinkResultView</name>
    <message>
        <source>The link you create appears here.</source>
        <translation>پیوندی که می‌سازید اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ساخته‌شده در</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزشده در</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>ابعاد</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>حالت رنگ</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>تصاویر کوچک</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بایت)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 پیکسل</translation>
    </message>
    <message>
        <source>Not a web link: it is shown, not opened.</source>
        <translation>پیوند وب نیست: نشان داده می‌شود ولی باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Not a web link, and possibly unsafe: it is not opened.</source>
        <translation>پیوند وب نیست و شاید ناامن باشد: باز نمی‌شود.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>روی سرور</translation>
    </message>
    <message>
        <source>The text before “@” is a user name, not the site: this link goes to %1. It is not opened.</source>
        <translation>متن پیش از «@» نام کاربری است، نه نشانی سایت: این پیوند به %1 می‌رود. باز نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>Search links</source>
        <translation>جستجوی پیوندها</translation>
    </message>
    <message>
        <source>Name, URL or number</source>
        <translation>نام، نشانی وب یا شماره</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>ترتیب (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازه‌سازی (&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>فهرست را دوباره از سرور بگیر (F5)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>تازه‌ترین‌ها اول</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>قدیمی‌ترین‌ها اول</translation>
    </message>
    <message>
        <source>Recently updated first</source>
        <translation>تازه به‌روزشده‌ها اول</translation>
    </message>
    <message>
        <source>Least recently updated first</source>
        <translation>دیرتر به‌روزشده‌ها اول</translation>
    </message>
    <message>
        <source>Name, A to Z</source>
        <translation>نام، الف تا ی</translation>
    </message>
    <message>
        <source>Name, Z to A</source>
        <translation>نام، ی تا الف</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>The links could not be loaded: %1 Press Refresh to try again.</source>
        <translation>پیوندها بارگیری نشدند: %1 برای تلاش دوباره «تازه‌سازی» را بزنید.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln پیوند</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>جستجو (&amp;A)</translation>
    </message>
    <message>
        <source>With i&amp;mage</source>
        <translation>با تصویر (&amp;M)</translation>
    </message>
    <message>
        <source>Wi&amp;th URL</source>
        <translation>با نشانی وب (&amp;T)</translation>
    </message>
    <message>
        <source>With des&amp;cription</source>
        <translation>با توضیحات (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %Ln waiting to be sent</source>
        <translation>
            <numerusform>%1، و %Ln در انتظار ارسال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>پوشه‌ی %1 ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The local database cannot be opened: %1</source>
        <translation>پایگاه داده‌ی محلی باز نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The local database is damaged: %1</source>
        <translation>پایگاه داده‌ی محلی آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>The local database cannot be written: %1</source>
        <translation>در پایگاه داده‌ی محلی نمی‌توان نوشت: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Portfolio Links.</source>
        <translation>پایگاه داده‌ی محلی با نسخه‌ی تازه‌تری از Portfolio Links نوشته شده است.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portfolio Links</source>
        <translation>پیوندهای نمونه‌کار</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>تنظیمات اتصال… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Portfolio Links</source>
        <translation>دربارهٔ پیوندهای نمونه‌کار (&amp;A)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>در انتظار سرور</translation>
    </message>
    <message>
        <source>The token was saved in the system keychain.</source>
        <translation>توکن در جاکلیدی سیستم ذخیره شد.</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>سروری تنظیم نشده است</translation>
    </message>
    <message>
        <source>About Portfolio Links</source>
        <translation>دربارهٔ پیوندهای نمونه‌کار</translation>
    </message>
    <message>
        <source>%1 %2
Create links of your company&apos;s portfolio.</source>
        <translation>%1 %2
ساخت پیوند برای نمونه‌کارهای شرکت شما.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>تنظیمات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>مانند سیستم (&amp;S)</translation>
    </message>
    <message>
        <source>Use Persian &amp;Yeh and Keheh (ی ک) for Arabic ي ك</source>
        <translation>تبدیل ي و ك عربی به ی و ک فارسی (&amp;Y)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Portfolio Links.</source>
        <translation>زبان تازه از اجرای بعدی پیوندهای نمونه‌کار به کار می‌رود.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>خروج از حساب (&amp;O)</translation>
    </message>
    <message>
        <source>Forget the API token of this server: it is deleted from the keychain</source>
        <translation>فراموش کردن توکن API این سرور: از جاکلیدی پاک می‌شود</translation>
    </message>
    <message>
        <source>Signed out: the token was deleted from the system keychain.</source>
        <translation>از حساب خارج شدید: توکن از جاکلیدی سیستم پاک شد.</translation>
    </message>
    <message>
        <source>The link you were writing when Portfolio Links last closed was restored.</source>
        <translation>پیوندی که هنگام بسته شدن پیشین برنامه می‌نوشتید بازیابی شد.</translation>
    </message>
    <message>
        <source>Your work is not being saved</source>
        <translation>کار شما ذخیره نمی‌شود</translation>
    </message>
    <message>
        <source>Your work is not being saved, and would be lost if Portfolio Links closed: %1</source>
        <translation>کار شما ذخیره نمی‌شود و اگر «پیوندهای نمونه‌کار» بسته شود از دست می‌رود: %1</translation>
    </message>
    <message>
        <source>Your work is being saved again.</source>
        <translation>کار شما دوباره ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>پیوند (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>پیوند تازه (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>حذف پیوند (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>برگرداندن حذف (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find links</source>
        <translation>یافتن پیوندها (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>تازه‌سازی فهرست (&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>برگرداندن حذف</translation>
    </message>
    <message>
        <source>(Ctrl+Z undoes it)</source>
        <translation>(Ctrl+Z آن را برمی‌گرداند)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) put back; nothing was deleted.</source>
        <translation>
            <numerusform>%Ln پیوند برگشت؛ چیزی حذف نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting: %1 of %2…</source>
        <translation>در حال حذف: %1 از %2…</translation>
    </message>
    <message>
        <source>Your unsaved changes to link %1 from when Portfolio Links last closed were restored.</source>
        <translation>تغییرهای ذخیره‌نشدهٔ شما در پیوند %1 از آخرین بستن «پیوندهای نمونه‌کار» برگردانده شد.</translation>
    </message>
    <message>
        <source>Delete the link “%1”?</source>
        <translation>پیوند «%1» حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln links?</source>
        <translation>
            <numerusform>%Ln پیوند حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>حذف پیوندها</translation>
    </message>
    <message numerus="yes">
        <source>You can undo this for %Ln second(s) afterwards.</source>
        <translation>
            <numerusform>تا %Ln ثانیه پس از آن می‌توانید این کار را برگردانید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) deleted.</source>
        <translation>
            <numerusform>%Ln پیوند حذف شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) deleted on the server.</source>
        <translation>
            <numerusform>%Ln پیوند روی سرور حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) could not be deleted and are back in the list:</source>
        <translation>
            <numerusform>%Ln پیوند حذف نشد و به فهرست برگشت:</numerusform>
        </translation>
    </message>
    <message>
        <source>this server does not allow deleting links (HTTP 405).</source>
        <translation>این سرور اجازهٔ حذف پیوند نمی‌دهد (HTTP 405).</translation>
    </message>
    <message>
        <source>Links not deleted</source>
        <translation>پیوندها حذف نشدند</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln delete(s) before closing…</source>
        <translation>
            <numerusform>فرستادن %Ln حذف پیش از بستن…</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio %1</source>
        <translation>نمونه‌کار %1</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>شروع به کار (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>گزارش مشکل… (&amp;R)</translation>
    </message>
    <message>
        <source>Opens the project&apos;s issue tracker in your web browser</source>
        <translation>فهرست مشکلات پروژه را در مرورگر وب شما باز می‌کند</translation>
    </message>
    <message>
        <source>Your unsaved work for this server was restored.</source>
        <translation>کار ذخیره‌نشده‌ی شما برای این سرور برگردانده شد.</translation>
    </message>
    <message>
        <source>Your unsaved work for %1 is kept and comes back when you connect to that server again.</source>
        <translation>کار ذخیره‌نشده‌ی شما برای %1 نگه داشته می‌شود و هر وقت دوباره به آن سرور وصل شوید، برمی‌گردد.</translation>
    </message>
    <message>
        <source>%1 (portfolio %2)</source>
        <translation>%1 (نمونه‌کار %2)</translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation>%1 (سرور اصلی نیست)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>This link is not yet on the server: it waits in the outbox (View → Outbox).</source>
        <translation>این پیوند هنوز روی سرور نیست: در صندوق خروجی منتظر است (نما ← صندوق خروجی).</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %Ln delete(s) wait in the outbox.</source>
        <translation>
            <numerusform>سرور در دسترس نیست: %Ln حذف در صندوق خروجی منتظر است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The links load once the system keychain gives the token. If it asks for its password, its window may be behind this one. To enter the token here instead: File → Connection settings… (%1).</source>
        <translation>پیوندها وقتی بارگیری می‌شوند که جاکلیدی سیستم توکن را بدهد. اگر گذرواژه‌اش را می‌پرسد، شاید پنجره‌اش پشت این پنجره باشد. برای وارد کردن توکن در همین‌جا: پرونده ← تنظیمات اتصال… (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token: it is kept in memory until you quit. Connection settings (Ctrl+,) says why.</source>
        <translation>جاکلیدی سیستم نتوانست توکن را نگه دارد: توکن فقط در حافظه می‌ماند، تا وقتی که از پیوندهای نمونه‌کار خارج شوید. تنظیمات اتصال (Ctrl+,) علت را می‌گوید.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) not deleted: being sent to the server now, or perhaps already there. Delete once the list shows it on the server.</source>
        <translation>
            <numerusform>%Ln پیوند حذف نشد: هم‌اکنون به سرور فرستاده می‌شود یا شاید از پیش آنجا باشد. هنگامی که فهرست آن را روی سرور نشان داد حذفش کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaUploadRequest</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>پرونده %1 خوانده نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>OutboxControls</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>نما (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>صندوق خروجی (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>تاریخچه (&amp;H)…</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>صندوق خروجی در دسترس نیست</translation>
    </message>
    <message>
        <source>Changes are sent only while the server can be reached. %1</source>
        <translation>تغییرها فقط وقتی فرستاده می‌شوند که سرور در دسترس باشد. %1</translation>
    </message>
    <message>
        <source>The local database could not be read and was set aside as %1; a new one was started.</source>
        <translation>پایگاه داده‌ی محلی خوانده نشد و با نام %1 کنار گذاشته شد؛ پایگاه داده‌ی تازه‌ای آغاز شد.</translation>
    </message>
    <message>
        <source>The outbox is unavailable: changes cannot wait for the server. %1</source>
        <translation>صندوق خروجی در دسترس نیست: تغییرها نمی‌توانند منتظر سرور بمانند. %1</translation>
    </message>
    <message>
        <source>Deleted before it reached the server.</source>
        <translation>پیش از رسیدن به سرور حذف شد.</translation>
    </message>
    <message>
        <source>Opened in the editor to be sent again.</source>
        <translation>برای فرستادن دوباره در ویرایشگر باز شد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet on the server</source>
        <translation>
            <numerusform>%Ln تغییر هنوز روی سرور نیست</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال فرستادن</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>پیوند %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخرین خطا</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Waits for its profile</source>
        <translation>در انتظار نمایهٔ خودش</translation>
    </message>
    <message>
        <source>Can still be undone</source>
        <translation>هنوز برگشت‌پذیر است</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>Changes not yet on the server. Pending ones are sent again by themselves when the server can be reached; those that need attention wait for you.</source>
        <translation>تغییرهایی که هنوز روی سرور نیستند. تغییرهای در انتظار، وقتی سرور در دسترس باشد، خودبه‌خود دوباره فرستاده می‌شوند؛ آن‌هایی که نیازمند رسیدگی‌اند منتظر شما می‌مانند.</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>تغییرهایی که هنوز روی سرور نیستند</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>اکنون دوباره بفرست (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>کنار گذاشتن (&amp;D)…</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>پیوند %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>کنار گذاشتن تغییر</translation>
    </message>
    <message>
        <source>Discard this change (%1 of “%2”)? It will never reach the server.</source>
        <translation>این تغییر (%1ِ «%2») کنار گذاشته شود؟ دیگر هرگز به سرور نمی‌رسد.</translation>
    </message>
    <message>
        <source>Discarded by the user.</source>
        <translation>کاربر آن را کنار گذاشت.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>کنار گذاشتن (&amp;D)</translation>
    </message>
    <message>
        <source>This change is being sent now; it was not discarded.</source>
        <translation>این تغییر هم‌اکنون فرستاده می‌شود؛ کنار گذاشته نشد.</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone changed link %1 on the server after this edit was made. Open it to compare.</source>
        <translation>پس از این ویرایش، کسی پیوند %1 را روی سرور تغییر داده است. آن را باز کنید تا مقایسه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln link(s) with exactly these values, and whether one of them is this change cannot be told. Open it to decide.</source>
        <translation>
            <numerusform>سرور %Ln پیوند با دقیقاً همین مقدارها دارد و نمی‌توان گفت یکی از آن‌ها همین تغییر است یا نه. آن را باز کنید تا تصمیم بگیرید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept these fields:</source>
        <translation>سرور این فیلدها را نپذیرفت:</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>یک عدد صحیح</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>یک رشته</translation>
    </message>
    <message>
        <source>an absolute http(s) URL</source>
        <translation>یک نشانی کامل http(s)</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>یک زمان با قالب ISO 8601</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>یک فهرست</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>یک شیء یا null</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation>پاسخ، JSON معتبر نیست (%1).</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>فیلد «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The field “%1” should be %2.</source>
        <translation>فیلد «%1» باید %2 باشد.</translation>
    </message>
    <message>
        <source>The field “%1” has an invalid value (%2 expected).</source>
        <translation>مقدار فیلد «%1» نامعتبر است (%2 انتظار می‌رفت).</translation>
    </message>
    <message>
        <source>the next page&apos;s links, not the ones already sent</source>
        <translation>پیوندهای صفحه‌ی بعد، نه همان‌هایی که پیش‌تر فرستاده شده‌اند</translation>
    </message>
</context>
<context>
    <name>PastedFile</name>
    <message>
        <source>The clipboard holds no image. Copy an image or an image file, then paste it here.</source>
        <translation>در کلیپ‌بورد تصویری نیست. یک تصویر یا پرونده‌ی تصویر را کپی کنید و سپس اینجا بچسبانید.</translation>
    </message>
</context>
<context>
    <name>PersianText</name>
    <message>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>عددی بزرگ‌تر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>Remove the spaces inside the number.</source>
        <translation>فاصله‌های درون عدد را بردارید.</translation>
    </message>
    <message>
        <source>Enter a whole number: “%1” is not allowed.</source>
        <translation>یک عدد صحیح وارد کنید: «%1» مجاز نیست.</translation>
    </message>
    <message>
        <source>Type “%1” with Persian or English digits.</source>
        <translation>«%1» را با رقم‌های فارسی یا انگلیسی بنویسید.</translation>
    </message>
    <message>
        <source>Only digits are allowed: “%1” is not a digit.</source>
        <translation>فقط رقم مجاز است: «%1» رقم نیست.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>عدد بیش از حد بزرگ است.</translation>
    </message>
</context>
<context>
    <name>PortfolioBar</name>
    <message>
        <source>&amp;Portfolio</source>
        <translation>نمونه‌کار (&amp;P)</translation>
    </message>
    <message>
        <source>Portfolio number, e.g. 3</source>
        <translation>شمارهٔ نمونه‌کار، برای نمونه ۳</translation>
    </message>
    <message>
        <source>Portfolios used lately (Down arrow in the field)</source>
        <translation>نمونه‌کارهایی که اخیراً به کار رفته‌اند (کلید پایین در همین فیلد)</translation>
    </message>
    <message>
        <source>Recent portfolios</source>
        <translation>نمونه‌کارهای اخیر</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln link(s)</source>
        <translation>
            <numerusform>%1 — %Ln پیوند</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translation>نام دلخواه (&amp;K)</translation>
    </message>
    <message>
        <source>Your own name for this portfolio, kept on this computer: the server has none</source>
        <translation>نام خودتان برای این نمونه‌کار، که روی همین رایانه نگه داشته می‌شود؛ سرور نامی برای نمونه‌کارها ندارد</translation>
    </message>
    <message>
        <source>Name it, e.g. Agency website</source>
        <translation>نامی بدهید، مثلاً وب‌سایت آژانس</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PortfolioImageModel</name>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>تصویر %1: %2 × %3 پیکسل، %4</translation>
    </message>
</context>
<context>
    <name>PortfolioImagesPage</name>
    <message>
        <source>Part of the image&apos;s name</source>
        <translation>بخشی از نام تصویر</translation>
    </message>
    <message>
        <source>Images of the portfolio</source>
        <translation>تصویرهای نمونه‌کار</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Enter the portfolio&apos;s number in the form to see the images its links use.</source>
        <translation>شماره‌ی نمونه‌کار را در فرم وارد کنید تا تصویرهایی که پیوندهایش به کار برده‌اند دیده شوند.</translation>
    </message>
    <message>
        <source>Loading the images of portfolio %1…</source>
        <translation>در حال بارگیری تصویرهای نمونه‌کار %1…</translation>
    </message>
    <message>
        <source>The portfolio&apos;s images could not be listed: %1</source>
        <translation>فهرست تصویرهای نمونه‌کار به دست نیامد: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>پاسخ سرور: %1</translation>
    </message>
    <message>
        <source>This portfolio&apos;s links have no images yet. Upload one, or enter an image&apos;s number.</source>
        <translation>پیوندهای این نمونه‌کار هنوز تصویری ندارند. تصویری بارگذاری کنید یا شماره‌ی تصویری را وارد کنید.</translation>
    </message>
    <message>
        <source>No image&apos;s name contains “%1”.</source>
        <translation>نام هیچ تصویری «%1» را ندارد.</translation>
    </message>
    <message>
        <source>Images: %1. Arrow keys move, Enter chooses.</source>
        <translation>تصویرها: %1. با کلیدهای جهت‌نما جابه‌جا شوید و با Enter انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only the images of the first %1 links are shown.</source>
        <translation>فقط تصویرهای %1 پیوند نخست نشان داده شده‌اند.</translation>
    </message>
    <message>
        <source>Loading the images of portfolio %1… (%2 so far)</source>
        <translation>در حال بارگیری تصویرهای نمونه‌کار %1… (تا اینجا %2)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>جستجو (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProfileBand</name>
    <message>
        <source>Not production: you are working on “%1” (%2).</source>
        <translation>سرور اصلی نیست: روی «%1» (%2) کار می‌کنید.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server profile</source>
        <translation>نمایهٔ سرور</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>سروری تنظیم نشده است</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (فقط برای این اجرا)</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>سرور (&amp;V)</translation>
    </message>
    <message>
        <source>Add servers in Settings › Connection settings to switch between them here.</source>
        <translation>سرورها را در تنظیمات › تنظیمات اتصال بیفزایید تا اینجا میانشان جابه‌جا شوید.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>نمایه باید نامی داشته باشد.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>نمایه‌ای با نام «%1» از پیش هست.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (رونوشت)</translation>
    </message>
</context>
<context>
    <name>ServerNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (its profile was removed)</source>
        <translation>%1 (نمایهٔ آن حذف شده است)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a field&apos;s label moves to that field; of a menu, opens it.</source>
        <translation>با Alt و حرف زیرخط‌دار برچسب یک فیلد به آن فیلد می‌روید، و با حرف زیرخط‌دار یک منو آن منو باز می‌شود.</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Download failed: %1</source>
        <translation>دریافت ناموفق بود: %1</translation>
    </message>
    <message>
        <source>The image did not arrive in time.</source>
        <translation>تصویر به‌موقع نرسید.</translation>
    </message>
    <message>
        <source>The image is larger than %1; it was not downloaded.</source>
        <translation>تصویر بزرگ‌تر از %1 است؛ دریافت نشد.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>%1 px</source>
        <translation>%1 پیکسل</translation>
    </message>
    <message>
        <source>size not given</source>
        <translation>اندازه نامشخص</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <source>Thumbnail %1, loading</source>
        <translation>تصویر کوچک %1، در حال بارگیری</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>تصویر کوچک %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels shown</source>
        <translation>نمایش در %1 × %2 پیکسل</translation>
    </message>
    <message>
        <source>Thumbnail %1 failed: %2</source>
        <translation>تصویر کوچک %1 ناموفق بود: %2</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token cannot be stored safely: %1 Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>توکن را نمی‌توان به‌طور امن ذخیره کرد: %1 جاکلیدی میزکار خود (برای نمونه GNOME Keyring یا KWallet) را راه‌اندازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>از جاکلیدی نمی‌توان استفاده کرد: %1</translation>
    </message>
    <message>
        <source>this system has no keychain service running.</source>
        <translation>هیچ سرویس جاکلیدی‌ای در این سیستم در حال اجرا نیست.</translation>
    </message>
    <message>
        <source>this system&apos;s keychain cannot keep passwords for applications.</source>
        <translation>جاکلیدی این سیستم نمی‌تواند گذرواژهٔ برنامه‌ها را نگه دارد.</translation>
    </message>
    <message>
        <source>access to the keychain was declined.</source>
        <translation>دسترسی به جاکلیدی رد شد.</translation>
    </message>
    <message>
        <source>the keychain denied access; it may be locked.</source>
        <translation>جاکلیدی اجازهٔ دسترسی نداد؛ شاید قفل باشد.</translation>
    </message>
    <message>
        <source>the keychain could not delete the token.</source>
        <translation>جاکلیدی نتوانست توکن را پاک کند.</translation>
    </message>
    <message>
        <source>no keychain service answered.</source>
        <translation>هیچ سرویس جاکلیدی‌ای پاسخ نداد.</translation>
    </message>
    <message>
        <source>the keychain service failed (%1).</source>
        <translation>سرویس جاکلیدی با خطا روبه‌رو شد (%1).</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the link already holds these values.</source>
        <translation>چیزی برای تغییر نیست: پیوند همین مقدارها را دارد.</translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>The link has no domain name, as in %1.</source>
        <translation>پیوند نام دامنه ندارد؛ مانند %1.</translation>
    </message>
    <message>
        <source>Enter a link.</source>
        <translation>یک پیوند وارد کنید.</translation>
    </message>
    <message>
        <source>A link cannot contain spaces.</source>
        <translation>پیوند نمی‌تواند فاصله داشته باشد.</translation>
    </message>
    <message>
        <source>Links starting with “%1” are not allowed: use http, https or ftp.</source>
        <translation>پیوندهایی که با «%1» آغاز می‌شوند مجاز نیستند: از http، https یا ftp استفاده کنید.</translation>
    </message>
    <message>
        <source>A link cannot contain a user name or password.</source>
        <translation>پیوند نمی‌تواند نام کاربری یا گذرواژه داشته باشد.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>«%1» درگاه معتبری نیست: عددی از ۱ تا ۶۵۵۳۵ به کار ببرید.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>«%1» نشانی IPv6 معتبری نیست.</translation>
    </message>
    <message>
        <source>“%1” has no ending such as .com or .ir.</source>
        <translation>«%1» پسوندی مانند ‎.com یا ‎.ir ندارد.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name: use letters, digits and hyphens (not at the start or end of a part) and an ending such as .com or .ir.</source>
        <translation>«%1» نام دامنهٔ معتبری نیست: از حرف، رقم و خط تیره (نه در آغاز یا پایان هر بخش) و پسوندی مانند ‎.com یا ‎.ir استفاده کنید.</translation>
    </message>
    <message>
        <source>This is not a valid link: check it for stray characters.</source>
        <translation>این پیوند معتبر نیست: نویسه‌های نابه‌جا را بررسی کنید.</translation>
    </message>
    <message>
        <source>The link is %L1 characters long, but at most %L2 are allowed.</source>
        <translation>این پیوند %L1 نویسه دارد، اما حداکثر %L2 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>A character sent encoded, such as “%1”, counts as three.</source>
        <translation>هر نویسه‌ای که رمزگذاری‌شده فرستاده می‌شود، مانند «%1»، سه نویسه به شمار می‌آید.</translation>
    </message>
</context>
</TS>
