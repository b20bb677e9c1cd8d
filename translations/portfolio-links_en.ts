<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiCall</name>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>The connection closed after %1 of %2 bytes.</translation>
    </message>
    <message>
        <source>%1
Subject: %2
Issuer: %3
Valid: %4 – %5
SHA-256: %6
</source>
        <translation>%1
Subject: %2
Issuer: %3
Valid: %4 – %5
SHA-256: %6
</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the server. Check the server address and your network connection.</source>
        <translation>Could not reach the server. Check the server address and your network connection.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The server did not accept the link: %1</source>
        <translation>The server did not accept the link: %1</translation>
    </message>
    <message>
        <source>The server did not accept some fields; see the messages beside them.</source>
        <translation>The server did not accept some fields; see the messages beside them.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>The server did not accept the request.</translation>
    </message>
    <message>
        <source>The server did not accept your API token. Check it in Connection settings.</source>
        <translation>The server did not accept your API token. Check it in Connection settings.</translation>
    </message>
    <message>
        <source>Your account does not have permission to do this. Ask an administrator for the portfolio link permission.</source>
        <translation>Your account does not have permission to do this. Ask an administrator for the portfolio link permission.</translation>
    </message>
    <message>
        <source>Not found: there is no portfolio with this number, or the server address is not the portfolio API.</source>
        <translation>Not found: there is no portfolio with this number, or the server address is not the portfolio API.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>The server had an internal error (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>The server gave an unexpected answer (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere. It was not followed, to keep your token safe.</source>
        <translation>The server redirected the request elsewhere. It was not followed, to keep your token safe.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted.</source>
        <translation>A secure connection to the server could not be established: its certificate was not accepted.</translation>
    </message>
    <message>
        <source>The server address uses plain http, so your token would travel unencrypted. Use https, or allow an insecure connection to this server in Connection settings.</source>
        <translation>The server address uses plain http, so your token would travel unencrypted. Use https, or allow an insecure connection to this server in Connection settings.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far larger than a link can be; it was not read.</source>
        <translation>The server&apos;s answer is far larger than a link can be; it was not read.</translation>
    </message>
    <message>
        <source>Not found: the server has no image with this number.</source>
        <translation>Not found: the server has no image with this number.</translation>
    </message>
    <message>
        <source>The server did not answer in time; nothing you typed was lost.</source>
        <translation>The server did not answer in time; nothing you typed was lost.</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up: it may not offer https at this address.</source>
        <translation>A secure (https) connection to the server could not be set up: it may not offer https at this address.</translation>
    </message>
    <message>
        <source>Not found: the server has no link with this number (it may have been deleted).</source>
        <translation>Not found: the server has no link with this number (it may have been deleted).</translation>
    </message>
    <message>
        <source>The server&apos;s gateway got no answer from the application behind it (HTTP %1). Try again later.</source>
        <translation>The server&apos;s gateway got no answer from the application behind it (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server is not available for now (HTTP %1): it may be under maintenance or overloaded. Try again later.</source>
        <translation>The server is not available for now (HTTP %1): it may be under maintenance or overloaded. Try again later.</translation>
    </message>
    <message>
        <source>The server does not allow this (HTTP %1).</source>
        <translation>The server does not allow this (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP %1). A smaller image may go through.</source>
        <translation>The server refused the request as too large (HTTP %1). A smaller image may go through.</translation>
    </message>
    <message>
        <source>The server is limiting how often it is asked (HTTP %1). Try again later.</source>
        <translation>The server is limiting how often it is asked (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>Not found: the server takes no image uploads at its upload path (see the Upload path in Connection settings).</source>
        <translation>Not found: the server takes no image uploads at its upload path (see the Upload path in Connection settings).</translation>
    </message>
    <message>
        <source>The server refused the request as too large (HTTP %1).</source>
        <translation>The server refused the request as too large (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Token: accepted</source>
        <translation>Token: accepted</translation>
    </message>
    <message>
        <source>Uploads: available</source>
        <translation>Uploads: available</translation>
    </message>
    <message>
        <source>Uploads: not available (%1)</source>
        <translation>Uploads: not available (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio %1: %Ln link(s)</source>
        <translation>
            <numerusform>Portfolio %1: %Ln link</numerusform>
            <numerusform>Portfolio %1: %Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearButtonName</name>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>There is no server profile named “%1”.</source>
        <translation>There is no server profile named “%1”.</translation>
    </message>
    <message>
        <source>No server: give --server URL, or set one up in the app&apos;s connection settings.</source>
        <translation>No server: give --server URL, or set one up in the app&apos;s connection settings.</translation>
    </message>
    <message>
        <source>No API token: set $%1, pass it with --token-stdin, or save it in the app for this server.</source>
        <translation>No API token: set $%1, pass it with --token-stdin, or save it in the app for this server.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting for its password.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be waiting for its password.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be waiting for its password.</numerusform>
        </translation>
    </message>
    <message>
        <source>API token: </source>
        <translation>API token: </translation>
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
        <translation>--%1 takes yes or no.</translation>
    </message>
    <message>
        <source>No command given. Commands: %1.</source>
        <translation>No command given. Commands: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Unknown command &quot;%1&quot;. Commands: %2.</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 is not an option of %2.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1; see: help %1</source>
        <translation>Wrong number of arguments for %1; see: help %1</translation>
    </message>
    <message>
        <source>--server: not an http(s) address with a host.</source>
        <translation>--server: not an http(s) address with a host.</translation>
    </message>
    <message>
        <source>Give --server or --profile, not both.</source>
        <translation>Give --server or --profile, not both.</translation>
    </message>
    <message>
        <source>--profile needs the name of a server profile.</source>
        <translation>--profile needs the name of a server profile.</translation>
    </message>
    <message>
        <source>--portfolio: %1</source>
        <translation>--portfolio: %1</translation>
    </message>
    <message>
        <source>--format takes table, json, jsonl or csv.</source>
        <translation>--format takes table, json, jsonl or csv.</translation>
    </message>
    <message>
        <source>--ordering takes id, name, created_at or updated_at, with &quot;-&quot; before it for descending order.</source>
        <translation>--ordering takes id, name, created_at or updated_at, with &quot;-&quot; before it for descending order.</translation>
    </message>
    <message>
        <source>--url and --no-url exclude each other.</source>
        <translation>--url and --no-url exclude each other.</translation>
    </message>
    <message>
        <source>--image excludes --no-image and --image-file.</source>
        <translation>--image excludes --no-image and --image-file.</translation>
    </message>
    <message>
        <source>--description and --description-file exclude each other.</source>
        <translation>--description and --description-file exclude each other.</translation>
    </message>
    <message>
        <source>--json takes every field from its input; leave out the field options.</source>
        <translation>--json takes every field from its input; leave out the field options.</translation>
    </message>
    <message>
        <source>create needs --name, or --json FILE.</source>
        <translation>create needs --name, or --json FILE.</translation>
    </message>
    <message>
        <source>--all and --limit exclude each other.</source>
        <translation>--all and --limit exclude each other.</translation>
    </message>
    <message>
        <source>--token-stdin and --json - cannot both read standard input.</source>
        <translation>--token-stdin and --json - cannot both read standard input.</translation>
    </message>
    <message>
        <source>check
  Tests the server and the token as the connection settings do: asks for one
  link of the portfolio (1 if none is given) and whether uploads are possible.</source>
        <translation>check
  Tests the server and the token as the connection settings do: asks for one
  link of the portfolio (1 if none is given) and whether uploads are possible.</translation>
    </message>
    <message>
        <source>create --name N [options] | --json FILE
  Options: [--url U] [--description D | --description-file F]
           [--image ID | --image-file PATH]; --json FILE (&quot;-&quot;: standard input)
  Creates one link with one POST (--image-file uploads the image first), or
  one per object of a JSON array, fields as in the API. A create whose answer
  is lost is checked with the server, never sent twice. Prints what was created.</source>
        <translation>create --name N [options] | --json FILE
  Options: [--url U] [--description D | --description-file F]
           [--image ID | --image-file PATH]; --json FILE (&quot;-&quot;: standard input)
  Creates one link with one POST (--image-file uploads the image first), or
  one per object of a JSON array, fields as in the API. A create whose answer
  is lost is checked with the server, never sent twice. Prints what was created.</translation>
    </message>
    <message>
        <source>list [options]
  Options: [--search Q] [--has-image yes|no] [--has-url yes|no]
           [--has-description yes|no] [--ordering FIELD] [--limit N | --all]
  Lists links, newest first: one page, N links, or every page as it arrives
  (--all; with --format jsonl one object per line). FIELD: id, name,
  created_at, updated_at, with &quot;-&quot; before it for descending order.</source>
        <translation>list [options]
  Options: [--search Q] [--has-image yes|no] [--has-url yes|no]
           [--has-description yes|no] [--ordering FIELD] [--limit N | --all]
  Lists links, newest first: one page, N links, or every page as it arrives
  (--all; with --format jsonl one object per line). FIELD: id, name,
  created_at, updated_at, with &quot;-&quot; before it for descending order.</translation>
    </message>
    <message>
        <source>get ID
  Prints one link.</source>
        <translation>get ID
  Prints one link.</translation>
    </message>
    <message>
        <source>update ID [options]
  Options: [--name N] [--url U | --no-url] [--description D |
           --description-file F] [--image ID | --no-image]
  Changes only the fields given (one PATCH) and prints the link.</source>
        <translation>update ID [options]
  Options: [--name N] [--url U | --no-url] [--description D |
           --description-file F] [--image ID | --no-image]
  Changes only the fields given (one PATCH) and prints the link.</translation>
    </message>
    <message>
        <source>delete ID... [--yes]
  Deletes links. Asks first on a terminal unless --yes is given; elsewhere
  --yes is required and nothing is deleted without it.</source>
        <translation>delete ID... [--yes]
  Deletes links. Asks first on a terminal unless --yes is given; elsewhere
  --yes is required and nothing is deleted without it.</translation>
    </message>
    <message>
        <source>upload FILE...
  Uploads images and prints each one&apos;s id.</source>
        <translation>upload FILE...
  Uploads images and prints each one&apos;s id.</translation>
    </message>
    <message>
        <source>import FILE [--dry-run]
  Creates the links of a CSV file (as export writes it) or a JSON file. Every
  row is checked first and nothing is sent if one is wrong; a link with the
  same name and URL as one in the portfolio, or as an earlier row, is
  skipped and reported. --dry-run only says what would be done.</source>
        <translation>import FILE [--dry-run]
  Creates the links of a CSV file (as export writes it) or a JSON file. Every
  row is checked first and nothing is sent if one is wrong; a link with the
  same name and URL as one in the portfolio, or as an earlier row, is
  skipped and reported. --dry-run only says what would be done.</translation>
    </message>
    <message>
        <source>Usage: portfolio-links-cli [options] COMMAND [command options]
Portfolio links on a Django REST Framework server, for scripts.

Commands:
</source>
        <translation>Usage: portfolio-links-cli [options] COMMAND [command options]
Portfolio links on a Django REST Framework server, for scripts.

Commands:
</translation>
    </message>
    <message>
        <source>export [--format csv|json] [-o FILE]
  Writes every link of the portfolio: JSON, or CSV in UTF-8 with a byte order
  mark for spreadsheets (the format follows FILE&apos;s extension if not given).
  A CSV cell starting with = + - @ &apos; a tab or a carriage return gets a &apos; in
  front, so that a spreadsheet shows it as text; import reads it back as it was.</source>
        <translation>export [--format csv|json] [-o FILE]
  Writes every link of the portfolio: JSON, or CSV in UTF-8 with a byte order
  mark for spreadsheets (the format follows FILE&apos;s extension if not given).
  A CSV cell starting with = + - @ &apos; a tab or a carriage return gets a &apos; in
  front, so that a spreadsheet shows it as text; import reads it back as it was.</translation>
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
</translation>
    </message>
    <message>
        <source>--timeout takes at most %1 seconds.</source>
        <translation>--timeout takes at most %1 seconds.</translation>
    </message>
    <message>
        <source>  130 stopped by Ctrl+C, after the request under way
</source>
        <translation>  130 stopped by Ctrl+C, after the request under way
</translation>
    </message>
</context>
<context>
    <name>ClipboardImage</name>
    <message>
        <source>The pasted image could not be saved for the upload: %1</source>
        <translation>The pasted image could not be saved for the upload: %1</translation>
    </message>
    <message>
        <source>the clipboard&apos;s picture cannot be encoded</source>
        <translation>the clipboard&apos;s picture cannot be encoded</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>the folder %1 cannot be created</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Pasted image %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>No portfolio: give --portfolio N or set $%1.</source>
        <translation>No portfolio: give --portfolio N or set $%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text.</source>
        <translation>%1: not UTF-8 text.</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB, far more than any file of links; it was not read.</source>
        <translation>%1: larger than %2 MiB, far more than any file of links; it was not read.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>See: portfolio-links-cli --help</source>
        <translation>See: portfolio-links-cli --help</translation>
    </message>
    <message>
        <source>The output could not be written in full: %1</source>
        <translation>The output could not be written in full: %1</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>There is no command “%1”.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API &amp;token</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Bad token: the server did not accept it.</source>
        <translation>Bad token: the server did not accept it.</translation>
    </message>
    <message>
        <source>The token works, but this account has no permission for portfolio links.</source>
        <translation>The token works, but this account has no permission for portfolio links.</translation>
    </message>
    <message>
        <source>Not found: the server has no portfolio %1, or the address is not the portfolio API.</source>
        <translation>Not found: the server has no portfolio %1, or the address is not the portfolio API.</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Unreachable: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://example.com/.</source>
        <translation>Enter the server&apos;s address, for example https://example.com/.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>OK: the server accepted the token.</source>
        <translation>OK: the server accepted the token.</translation>
    </message>
    <message>
        <source>S&amp;how the token</source>
        <translation>S&amp;how the token</translation>
    </message>
    <message>
        <source>Allow an &amp;insecure (http) connection to this server</source>
        <translation>Allow an &amp;insecure (http) connection to this server</translation>
    </message>
    <message>
        <source>Warning: over plain http, anyone on the network between you and the server can read your token and use it to change the portfolio. Allow this only on a network you trust.</source>
        <translation>Warning: over plain http, anyone on the network between you and the server can read your token and use it to change the portfolio. Allow this only on a network you trust.</translation>
    </message>
    <message>
        <source>&amp;Retry keychain</source>
        <translation>&amp;Retry keychain</translation>
    </message>
    <message>
        <source>Where the server takes image uploads, relative to the server address. Leave it empty if the server takes none.</source>
        <translation>Where the server takes image uploads, relative to the server address. Leave it empty if the server takes none.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>The API token is a secret code that lets Portfolio Links work on the server in your name. An administrator creates it in the server&apos;s admin site, under %1, and gives it to you.</source>
        <translation>The API token is a secret code that lets Portfolio Links work on the server in your name. An administrator creates it in the server&apos;s admin site, under %1, and gives it to you.</translation>
    </message>
    <message>
        <source>The token comes from the %1 environment variable and is not stored.</source>
        <translation>The token comes from the %1 environment variable and is not stored.</translation>
    </message>
    <message>
        <source>Looking for the system keychain, where the token is kept…</source>
        <translation>Looking for the system keychain, where the token is kept…</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, nowhere else.</source>
        <translation>The token is kept in your system&apos;s keychain, nowhere else.</translation>
    </message>
    <message>
        <source>A token you enter here is kept only in memory, until you quit Portfolio Links.</source>
        <translation>A token you enter here is kept only in memory, until you quit Portfolio Links.</translation>
    </message>
    <message>
        <source>No answer over https; trying plain http, as the server is this computer…</source>
        <translation>No answer over https; trying plain http, as the server is this computer…</translation>
    </message>
    <message>
        <source>OK over plain http: the server accepted the token. It does not answer over https, so the address now starts with %1.</source>
        <translation>OK over plain http: the server accepted the token. It does not answer over https, so the address now starts with %1.</translation>
    </message>
    <message>
        <source>(The server answers over plain http, not https: the address now starts with %1.)</source>
        <translation>(The server answers over plain http, not https: the address now starts with %1.)</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>Connection test failed</translation>
    </message>
    <message>
        <source>The connection test with this server and token failed:
%1

Use them anyway?</source>
        <translation>The connection test with this server and token failed:
%1

Use them anyway?</translation>
    </message>
    <message>
        <source>&amp;Use anyway</source>
        <translation>&amp;Use anyway</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>A new, empty server profile</source>
        <translation>A new, empty server profile</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <source>A copy of this profile&apos;s settings, without its token</source>
        <translation>A copy of this profile&apos;s settings, without its token</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Production server (&amp;live data)</source>
        <translation>Production server (&amp;live data)</translation>
    </message>
    <message>
        <source>Any other profile is marked with a coloured band while it is in use.</source>
        <translation>Any other profile is marked with a coloured band while it is in use.</translation>
    </message>
    <message>
        <source>The longest the server may stay silent during a request.</source>
        <translation>The longest the server may stay silent during a request.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Named after the server unless you name it</source>
        <translation>Named after the server unless you name it</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its token is deleted from the keychain.</source>
        <translation>Remove the profile “%1”? Its token is deleted from the keychain.</translation>
    </message>
    <message>
        <source>Open the server&apos;s Tok&amp;ens page</source>
        <translation>Open the server&apos;s Tok&amp;ens page</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made in this profile are not on the server yet. They stay in the Outbox until you discard them: no other profile&apos;s token sends them.</source>
        <translation>
            <numerusform>%Ln change made in this profile is not on the server yet. It stays in the Outbox until you discard it: no other profile&apos;s token sends it.</numerusform>
            <numerusform>%Ln changes made in this profile are not on the server yet. They stay in the Outbox until you discard them: no other profile&apos;s token sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upload path</source>
        <translation>&amp;Upload path</translation>
    </message>
    <message>
        <source>Time&amp;out</source>
        <translation>Time&amp;out</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
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
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>The server did not accept the API token (from $%1, from --token-stdin, or the app&apos;s keychain entry for this server).</source>
        <translation>The server did not accept the API token (from $%1, from --token-stdin, or the app&apos;s keychain entry for this server).</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1: not a JSON object or array of objects (%2).</source>
        <translation>%1: not a JSON object or array of objects (%2).</translation>
    </message>
    <message>
        <source>%1: entry %2 is not a JSON object.</source>
        <translation>%1: entry %2 is not a JSON object.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1 as image %2.</source>
        <translation>Uploaded %1 as image %2.</translation>
    </message>
    <message>
        <source>entry %1: %2: %3</source>
        <translation>entry %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: entry %2: %3</source>
        <translation>%1: entry %2: %3</translation>
    </message>
    <message>
        <source>Ctrl+C: the link being created is finished first, then the command stops. Press Ctrl+C again to stop at once.</source>
        <translation>Ctrl+C: the link being created is finished first, then the command stops. Press Ctrl+C again to stop at once.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by Ctrl+C after creating %Ln link(s).</source>
        <translation>
            <numerusform>Stopped by Ctrl+C after creating %Ln link.</numerusform>
            <numerusform>Stopped by Ctrl+C after creating %Ln links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1, uploaded by the earlier create of this link, goes with it.</source>
        <translation>Image %1, uploaded by the earlier create of this link, goes with it.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Nothing was deleted: without a terminal to ask on, delete needs --yes.</source>
        <translation>Nothing was deleted: without a terminal to ask on, delete needs --yes.</translation>
    </message>
    <message>
        <source>Delete link %1 «%2»?</source>
        <translation>Delete link %1 «%2»?</translation>
    </message>
    <message>
        <source>Link %1 was kept.</source>
        <translation>Link %1 was kept.</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Deleted link %1.</source>
        <translation>Deleted link %1.</translation>
    </message>
    <message>
        <source>Not tried, so still there: %1.</source>
        <translation>Not tried, so still there: %1.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be written to %1: %2</source>
        <translation>The draft cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsBox</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export writes csv or json.</source>
        <translation>export writes csv or json.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln link(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln link to %1.</numerusform>
            <numerusform>Exported %Ln links to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Choosing the image</source>
        <translation>Choosing the image</translation>
    </message>
    <message>
        <source>The Image field shows the chosen picture with its name, size and dimensions. Choose… opens the picker: Enter chooses, Esc closes, Ctrl+Tab changes the page.</source>
        <translation>The Image field shows the chosen picture with its name, size and dimensions. Choose… opens the picker: Enter chooses, Esc closes, Ctrl+Tab changes the page.</translation>
    </message>
    <message>
        <source>From this portfolio: the images the portfolio&apos;s links already use, each once. Type to narrow them by name (Persian or Arabic letters, with or without ZWNJ, any digits); Down enters the grid, the arrows move in it.</source>
        <translation>From this portfolio: the images the portfolio&apos;s links already use, each once. Type to narrow them by name (Persian or Arabic letters, with or without ZWNJ, any digits); Down enters the grid, the arrows move in it.</translation>
    </message>
    <message>
        <source>By number: type an image&apos;s number, in Persian or English digits. Where the server can show it, you see it before you take it.</source>
        <translation>By number: type an image&apos;s number, in Persian or English digits. Where the server can show it, you see it before you take it.</translation>
    </message>
    <message>
        <source>Upload a file: pick a file, or drop one on the window or on the Image field. It is checked first (an image, by its content, of at most %1), then uploaded with a progress bar and Cancel.</source>
        <translation>Upload a file: pick a file, or drop one on the window or on the Image field. It is checked first (an image, by its content, of at most %1), then uploaded with a progress bar and Cancel.</translation>
    </message>
    <message>
        <source>Uploading, and previews by number, need the server&apos;s media endpoint. Its path is set in Connection settings (Upload path; empty when the server has none). Where the server has none, the picker says so once and offers the other ways.</source>
        <translation>Uploading, and previews by number, need the server&apos;s media endpoint. Its path is set in Connection settings (Upload path; empty when the server has none). Where the server has none, the picker says so once and offers the other ways.</translation>
    </message>
    <message>
        <source>Your work and your token</source>
        <translation>Your work and your token</translation>
    </message>
    <message>
        <source>The form is saved as you type and comes back after a crash, on the server it was written for. If it cannot be saved (a full disk, a data folder that cannot be written), the status bar says so and a mark stays until saving works again.</source>
        <translation>The form is saved as you type and comes back after a crash, on the server it was written for. If it cannot be saved (a full disk, a data folder that cannot be written), the status bar says so and a mark stays until saving works again.</translation>
    </message>
    <message>
        <source>One click is one request. Whenever the server may have acted without its answer arriving whole (a timeout, a dropped connection, a server error, Cancel after sending), the app asks the server whether it created the link before anything is sent again.</source>
        <translation>One click is one request. Whenever the server may have acted without its answer arriving whole (a timeout, a dropped connection, a server error, Cancel after sending), the app asks the server whether it created the link before anything is sent again.</translation>
    </message>
    <message>
        <source>Portfolio Links runs once per user: starting it again brings the open window to the front.</source>
        <translation>Portfolio Links runs once per user: starting it again brings the open window to the front.</translation>
    </message>
    <message>
        <source>The token lives only in the system keychain and goes only to the API&apos;s own server. Copy as cURL leaves it out: the command reads it from the %1 variable. Server text is shown as text, never as markup, and only web links are opened.</source>
        <translation>The token lives only in the system keychain and goes only to the API&apos;s own server. Copy as cURL leaves it out: the command reads it from the %1 variable. Server text is shown as text, never as markup, and only web links are opened.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>before: %1 — after: %2</source>
        <translation>before: %1 — after: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Changes made through the app</source>
        <translation>Changes made through the app</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>This server</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>All servers</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The history was exported to %1.</source>
        <translation>The history was exported to %1.</translation>
    </message>
    <message>
        <source>The history could not be written to %1.</source>
        <translation>The history could not be written to %1.</translation>
    </message>
    <message>
        <source>Link %1 is created again as a new link: the server gives it a new number, not %1.</source>
        <translation>Link %1 is created again as a new link: the server gives it a new number, not %1.</translation>
    </message>
    <message>
        <source>The outbox is unavailable: the link could not be restored.</source>
        <translation>The outbox is unavailable: the link could not be restored.</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;erver</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>The file is not an image this application can show.</source>
        <translation>The file is not an image this application can show.</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>The image could not be decoded: %1</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>The image is too large to show (%1 × %2 pixels).</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pick one of the portfolio&apos;s images, enter an image number, or upload a file (you can also drop a file here)</source>
        <translation>Pick one of the portfolio&apos;s images, enter an image number, or upload a file (you can also drop a file here)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <source>Clear image</source>
        <translation>Clear image</translation>
    </message>
    <message>
        <source>Chosen image</source>
        <translation>Chosen image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Image number %1 (not checked: the server checks it when the link is created)</source>
        <translation>Image number %1 (not checked: the server checks it when the link is created)</translation>
    </message>
</context>
<context>
    <name>ImageFileCheck</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file %1 is %2; the largest file that can be uploaded is %3.</source>
        <translation>The file %1 is %2; the largest file that can be uploaded is %3.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an image (PNG, JPEG, GIF, WebP…).</source>
        <translation>The file %1 is not an image (PNG, JPEG, GIF, WebP…).</translation>
    </message>
    <message>
        <source>The image in %1 does not say how large it is.</source>
        <translation>The image in %1 does not say how large it is.</translation>
    </message>
    <message>
        <source>The image in %1 is too large (%2 × %3 pixels).</source>
        <translation>The image in %1 is too large (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>The image in %1 is damaged: %2</source>
        <translation>The image in %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file.</source>
        <translation>%1 is a folder, not an image file.</translation>
    </message>
</context>
<context>
    <name>ImageNumberPage</name>
    <message>
        <source>e.g. 6</source>
        <translation>e.g. 6</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>This server cannot show an image by its number: the number is used as it is, and the server checks it when the link is created.</source>
        <translation>This server cannot show an image by its number: the number is used as it is, and the server checks it when the link is created.</translation>
    </message>
    <message>
        <source>Looking for image %1 on the server…</source>
        <translation>Looking for image %1 on the server…</translation>
    </message>
    <message>
        <source>Press Enter to use this image.</source>
        <translation>Press Enter to use this image.</translation>
    </message>
    <message>
        <source>The server has no image with the number %1.</source>
        <translation>The server has no image with the number %1.</translation>
    </message>
    <message>
        <source>Image %1 could not be shown: %2
It can still be used; the server checks it when the link is created.</source>
        <translation>Image %1 could not be shown: %2
It can still be used; the server checks it when the link is created.</translation>
    </message>
    <message>
        <source>Image &amp;number</source>
        <translation>Image &amp;number</translation>
    </message>
</context>
<context>
    <name>ImagePickerDialog</name>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>From this portfolio</source>
        <translation>From this portfolio</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>By number</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>Upload a file</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Use this image</translation>
    </message>
    <message>
        <source>This server does not take uploads, so the file was not sent. Choose one of the portfolio&apos;s images or enter an image&apos;s number.</source>
        <translation>This server does not take uploads, so the file was not sent. Choose one of the portfolio&apos;s images or enter an image&apos;s number.</translation>
    </message>
    <message>
        <source>The server has no media endpoint at %1, so uploading images and previewing them by number are off. If it has one elsewhere, set its path in Connection settings.</source>
        <translation>The server has no media endpoint at %1, so uploading images and previewing them by number are off. If it has one elsewhere, set its path in Connection settings.</translation>
    </message>
</context>
<context>
    <name>ImageText</name>
    <message>
        <source>%1
Number %2 · %3 · %4 × %5 pixels</source>
        <translation>%1
Number %2 · %3 · %4 × %5 pixels</translation>
    </message>
</context>
<context>
    <name>ImageUploadPage</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancel upload</translation>
    </message>
    <message>
        <source>Upload an image</source>
        <translation>Upload an image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1
%2 · %3 × %4 pixels</source>
        <translation>%1
%2 · %3 × %4 pixels</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Uploaded.</translation>
    </message>
    <message>
        <source>Press Enter to use this image.</source>
        <translation>Press Enter to use this image.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>The upload was cancelled.</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>The upload failed: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <source>or drop an image file on this window, or paste an image here (Ctrl+V).</source>
        <translation>or drop an image file on this window, or paste an image here (Ctrl+V).</translation>
    </message>
    <message>
        <source>Images up to %1 (PNG, JPEG, GIF, WebP…).</source>
        <translation>Images up to %1 (PNG, JPEG, GIF, WebP…).</translation>
    </message>
    <message>
        <source>Reading the pasted image…</source>
        <translation>Reading the pasted image…</translation>
    </message>
    <message>
        <source>Sent. Waiting for the server to store the image…</source>
        <translation>Sent. Waiting for the server to store the image…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>The whole file has been sent: the server may store the image even if you stop waiting.</source>
        <translation>The whole file has been sent: the server may store the image even if you stop waiting.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Sending: %1 of %2</translation>
    </message>
    <message>
        <source>Stopped waiting for the server.</source>
        <translation>Stopped waiting for the server.</translation>
    </message>
    <message>
        <source>The whole file had been sent, so the server may still store the image, unused by any link.</source>
        <translation>The whole file had been sent, so the server may still store the image, unused by any link.</translation>
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
        <translation>row %1: %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and run the import again.</source>
        <translation>Nothing was imported: correct the rows above and run the import again.</translation>
    </message>
    <message>
        <source>row %1: skipped, the same name and URL as link %2</source>
        <translation>row %1: skipped, the same name and URL as link %2</translation>
    </message>
    <message>
        <source>row %1: skipped, the same name and URL as row %2</source>
        <translation>row %1: skipped, the same name and URL as row %2</translation>
    </message>
    <message>
        <source>Stopped at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</source>
        <translation>Stopped at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</translation>
    </message>
    <message>
        <source>Created: %1 link(s); skipped as duplicates: %2.</source>
        <translation>Created: %1 link(s); skipped as duplicates: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln link(s) would be created; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %Ln link would be created; nothing was sent.</numerusform>
            <numerusform>Dry run: %Ln links would be created; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+C: the link being created is finished first, then the import stops. Press Ctrl+C again to stop at once.</source>
        <translation>Ctrl+C: the link being created is finished first, then the import stops. Press Ctrl+C again to stop at once.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</source>
        <translation>Stopped by Ctrl+C at row %1 after creating %2 link(s); the import can be run again: links already created are skipped as duplicates.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Create portfolio links on your company&apos;s portfolio server.</source>
        <translation>Create portfolio links on your company&apos;s portfolio server.</translation>
    </message>
    <message>
        <source>Base URL of the portfolio API, e.g. https://example.com/.</source>
        <translation>Base URL of the portfolio API, e.g. https://example.com/.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Portfolio id to fill in.</source>
        <translation>Portfolio id to fill in.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--server needs an http or https URL, not “%1”.</source>
        <translation>--server needs an http or https URL, not “%1”.</translation>
    </message>
    <message>
        <source>--portfolio needs a positive number, not “%1”.</source>
        <translation>--portfolio needs a positive number, not “%1”.</translation>
    </message>
    <message>
        <source>Server profile to use, by its name.</source>
        <translation>Server profile to use, by its name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>--profile needs the name of a server profile.</source>
        <translation>--profile needs the name of a server profile.</translation>
    </message>
    <message>
        <source>There is no server profile named “%1”.</source>
        <translation>There is no server profile named “%1”.</translation>
    </message>
</context>
<context>
    <name>LinkCopyActions</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copy &amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copy &amp;URL</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copy as &amp;cURL</translation>
    </message>
    <message>
        <source>The last create or save as a curl command; the token is left to the %1 variable</source>
        <translation>The last create or save as a curl command; the token is left to the %1 variable</translation>
    </message>
    <message>
        <source>Link number %1 copied.</source>
        <translation>Link number %1 copied.</translation>
    </message>
    <message>
        <source>The link&apos;s URL was copied.</source>
        <translation>The link&apos;s URL was copied.</translation>
    </message>
    <message>
        <source>Nothing was sent yet: there is no request to copy.</source>
        <translation>Nothing was sent yet: there is no request to copy.</translation>
    </message>
    <message>
        <source>The last request was copied as a curl command (without the token).</source>
        <translation>The last request was copied as a curl command (without the token).</translation>
    </message>
</context>
<context>
    <name>LinkCreator</name>
    <message>
        <source>The answer to the create was lost, but the server had created link %1: it was not sent again.</source>
        <translation>The answer to the create was lost, but the server had created link %1: it was not sent again.</translation>
    </message>
    <message>
        <source>%1 Asking the server whether the link was created before anything is sent again…</source>
        <translation>%1 Asking the server whether the link was created before anything is sent again…</translation>
    </message>
    <message>
        <source>The link was not created (the server has no such link).</source>
        <translation>The link was not created (the server has no such link).</translation>
    </message>
    <message>
        <source>The answer to the create was lost, and links identical to it exist (%1): which of them, if any, this create made cannot be told. It was not sent again.</source>
        <translation>The answer to the create was lost, and links identical to it exist (%1): which of them, if any, this create made cannot be told. It was not sent again.</translation>
    </message>
    <message>
        <source>An earlier create of this link got no answer: the server is asked about it first.</source>
        <translation>An earlier create of this link got no answer: the server is asked about it first.</translation>
    </message>
    <message>
        <source>Whether the link was created is unknown, and it was not sent again. The next create of the same link asks the server first. Look for it with: list --search NAME</source>
        <translation>Whether the link was created is unknown, and it was not sent again. The next create of the same link asks the server first. Look for it with: list --search NAME</translation>
    </message>
    <message>
        <source>The same link is being created by another run of this command right now: nothing was sent. Run it again once that one has finished.</source>
        <translation>The same link is being created by another run of this command right now: nothing was sent. Run it again once that one has finished.</translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>New link</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (unsaved changes)</translation>
    </message>
    <message>
        <source>Wait until the server has answered.</source>
        <translation>Wait until the server has answered.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Link %1 has changes that were not saved.</source>
        <translation>Link %1 has changes that were not saved.</translation>
    </message>
    <message>
        <source>The new link was not created yet.</source>
        <translation>The new link was not created yet.</translation>
    </message>
    <message>
        <source>Set the server address in Connection settings first.</source>
        <translation>Set the server address in Connection settings first.</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation>Nothing changed: there is nothing to save.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Saving the changes…</translation>
    </message>
    <message>
        <source>Link %1 was saved.</source>
        <translation>Link %1 was saved.</translation>
    </message>
    <message>
        <source>%1 — yours: %2; on the server: %3</source>
        <translation>%1 — yours: %2; on the server: %3</translation>
    </message>
    <message>
        <source>The link was changed meanwhile</source>
        <translation>The link was changed meanwhile</translation>
    </message>
    <message>
        <source>Someone changed link %1 on the server after you opened it. Nothing was sent.</source>
        <translation>Someone changed link %1 on the server after you opened it. Nothing was sent.</translation>
    </message>
    <message>
        <source>Their change is in fields you did not edit.</source>
        <translation>Their change is in fields you did not edit.</translation>
    </message>
    <message>
        <source>Creating the link…</source>
        <translation>Creating the link…</translation>
    </message>
    <message>
        <source>Link %1 was created.</source>
        <translation>Link %1 was created.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; asking it whether the link was created…</source>
        <translation>The server&apos;s answer was lost; asking it whether the link was created…</translation>
    </message>
    <message>
        <source>The server has no such link: it was not created. Press Create link to send it again.</source>
        <translation>The server has no such link: it was not created. Press Create link to send it again.</translation>
    </message>
    <message>
        <source>The link was not created.</source>
        <translation>The link was not created.</translation>
    </message>
    <message>
        <source>Whether the server created the link cannot be checked now: nothing will be sent again before it has been asked. Press Create link to ask it.</source>
        <translation>Whether the server created the link cannot be checked now: nothing will be sent again before it has been asked. Press Create link to ask it.</translation>
    </message>
    <message>
        <source>Whether the link was created is not known yet.</source>
        <translation>Whether the link was created is not known yet.</translation>
    </message>
    <message>
        <source>Your earlier attempt had created link %1; it was not sent again. What the form holds now was not sent.</source>
        <translation>Your earlier attempt had created link %1; it was not sent again. What the form holds now was not sent.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost, but it had created the link (%1): it was not sent again.</source>
        <translation>The server&apos;s answer was lost, but it had created the link (%1): it was not sent again.</translation>
    </message>
    <message>
        <source>Was the link created?</source>
        <translation>Was the link created?</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost. The server has a link with exactly these values (number %1), but it may be an older one rather than the one just sent.</source>
        <translation>The server&apos;s answer was lost. The server has a link with exactly these values (number %1), but it may be an older one rather than the one just sent.</translation>
    </message>
    <message>
        <source>Nothing was sent again. Press Create link when you have looked at the portfolio.</source>
        <translation>Nothing was sent again. Press Create link when you have looked at the portfolio.</translation>
    </message>
    <message>
        <source>The server&apos;s version was reloaded instead.</source>
        <translation>The server&apos;s version was reloaded instead.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept in the outbox and are saved when the server is back.</source>
        <translation>The server cannot be reached. Your changes are kept in the outbox and are saved when the server is back.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The link is kept in the outbox and is created when the server is back.</source>
        <translation>The server cannot be reached. The link is kept in the outbox and is created when the server is back.</translation>
    </message>
    <message>
        <source>Changes you saved to this link are in the outbox: the form shows them, and they are sent when the server is back.</source>
        <translation>Changes you saved to this link are in the outbox: the form shows them, and they are sent when the server is back.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>&amp;Create link</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;That is my link</source>
        <translation>&amp;That is my link</translation>
    </message>
    <message>
        <source>Create &amp;another</source>
        <translation>Create &amp;another</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>The editor went on to a new link before the server answered.</source>
        <translation>The editor went on to a new link before the server answered.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered.</source>
        <translation>Cancelled before the server answered.</translation>
    </message>
    <message>
        <source>The link was deleted before the server answered.</source>
        <translation>The link was deleted before the server answered.</translation>
    </message>
    <message>
        <source>This link may already be on the server: Create link asks the server first, and sends it only if it is not there.</source>
        <translation>This link may already be on the server: Create link asks the server first, and sends it only if it is not there.</translation>
    </message>
    <message>
        <source>Kept in the form, which asks the server whether it has the link before sending it.</source>
        <translation>Kept in the form, which asks the server whether it has the link before sending it.</translation>
    </message>
    <message>
        <source>Kept in the form after a change made elsewhere.</source>
        <translation>Kept in the form after a change made elsewhere.</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>New link</source>
        <translation>New link</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Required, e.g. Project demo</source>
        <translation>Required, e.g. Project demo</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>https://example.com/demo</source>
        <translation>https://example.com/demo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Stop waiting for the server (Esc)</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Create link</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <source>No portfolio with this number was found.</source>
        <translation>No portfolio with this number was found.</translation>
    </message>
    <message>
        <source>What exactly went wrong, to copy for an administrator</source>
        <translation>What exactly went wrong, to copy for an administrator</translation>
    </message>
    <message>
        <source>The name contains invisible control characters (%1) that can make it read differently. Remove them unless you meant them.</source>
        <translation>The name contains invisible control characters (%1) that can make it read differently. Remove them unless you meant them.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Create or save the link, from any field of the form</source>
        <translation>Create or save the link, from any field of the form</translation>
    </message>
    <message>
        <source>Stop waiting for the server; otherwise go back to the list</source>
        <translation>Stop waiting for the server; otherwise go back to the list</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>D&amp;etails…</translation>
    </message>
</context>
<context>
    <name>LinkImport</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>The file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>Entry %1 of the file is not a JSON object.</source>
        <translation>Entry %1 of the file is not a JSON object.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field.</source>
        <translation>The CSV file ends inside a quoted field.</translation>
    </message>
    <message>
        <source>The CSV file has no header row with a &quot;name&quot; column.</source>
        <translation>The CSV file has no header row with a &quot;name&quot; column.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>“%1” must be text, not %2.</source>
        <translation>“%1” must be text, not %2.</translation>
    </message>
    <message>
        <source>“image” must be an image&apos;s number, not %1.</source>
        <translation>“image” must be an image&apos;s number, not %1.</translation>
    </message>
    <message>
        <source>Entry %1 of the file: %2</source>
        <translation>Entry %1 of the file: %2</translation>
    </message>
</context>
<context>
    <name>LinkInput</name>
    <message>
        <source>Name is required.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>The name has no visible characters.</source>
        <translation>The name has no visible characters.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation>The name is %1 characters long; the server accepts at most %2.</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>%1, no URL, updated %2</source>
        <translation>%1, no URL, updated %2</translation>
    </message>
    <message>
        <source>%1, %2, updated %3</source>
        <translation>%1, %2, updated %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet on the server</source>
        <translation>not yet on the server</translation>
    </message>
    <message>
        <source>changes not yet on the server</source>
        <translation>changes not yet on the server</translation>
    </message>
</context>
<context>
    <name>LinkResultView</name>
    <message>
        <source>The link you create appears here.</source>
        <translation>The link you create appears here.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Not a web link: it is shown, not opened.</source>
        <translation>Not a web link: it is shown, not opened.</translation>
    </message>
    <message>
        <source>Not a web link, and possibly unsafe: it is not opened.</source>
        <translation>Not a web link, and possibly unsafe: it is not opened.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>The text before “@” is a user name, not the site: this link goes to %1. It is not opened.</source>
        <translation>The text before “@” is a user name, not the site: this link goes to %1. It is not opened.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>Search links</source>
        <translation>Search links</translation>
    </message>
    <message>
        <source>Name, URL or number</source>
        <translation>Name, URL or number</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Load the list again from the server (F5)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Recently updated first</source>
        <translation>Recently updated first</translation>
    </message>
    <message>
        <source>Least recently updated first</source>
        <translation>Least recently updated first</translation>
    </message>
    <message>
        <source>Name, A to Z</source>
        <translation>Name, A to Z</translation>
    </message>
    <message>
        <source>Name, Z to A</source>
        <translation>Name, Z to A</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The links could not be loaded: %1 Press Refresh to try again.</source>
        <translation>The links could not be loaded: %1 Press Refresh to try again.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>Se&amp;arch</translation>
    </message>
    <message>
        <source>With i&amp;mage</source>
        <translation>With i&amp;mage</translation>
    </message>
    <message>
        <source>Wi&amp;th URL</source>
        <translation>Wi&amp;th URL</translation>
    </message>
    <message>
        <source>With des&amp;cription</source>
        <translation>With des&amp;cription</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %Ln waiting to be sent</source>
        <translation>
            <numerusform>%1, and %Ln waiting to be sent</numerusform>
            <numerusform>%1, and %Ln waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The local database cannot be opened: %1</source>
        <translation>The local database cannot be opened: %1</translation>
    </message>
    <message>
        <source>The local database is damaged: %1</source>
        <translation>The local database is damaged: %1</translation>
    </message>
    <message>
        <source>The local database cannot be written: %1</source>
        <translation>The local database cannot be written: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Portfolio Links.</source>
        <translation>The local database was written by a newer version of Portfolio Links.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portfolio Links</source>
        <translation>Portfolio Links</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Portfolio Links</source>
        <translation>&amp;About Portfolio Links</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Waiting for the server</translation>
    </message>
    <message>
        <source>The token was saved in the system keychain.</source>
        <translation>The token was saved in the system keychain.</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>No server set</translation>
    </message>
    <message>
        <source>About Portfolio Links</source>
        <translation>About Portfolio Links</translation>
    </message>
    <message>
        <source>%1 %2
Create links of your company&apos;s portfolio.</source>
        <translation>%1 %2
Create links of your company&apos;s portfolio.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <source>Use Persian &amp;Yeh and Keheh (ی ک) for Arabic ي ك</source>
        <translation>Use Persian &amp;Yeh and Keheh (ی ک) for Arabic ي ك</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Portfolio Links.</source>
        <translation>The new language is used from the next start of Portfolio Links.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the API token of this server: it is deleted from the keychain</source>
        <translation>Forget the API token of this server: it is deleted from the keychain</translation>
    </message>
    <message>
        <source>Signed out: the token was deleted from the system keychain.</source>
        <translation>Signed out: the token was deleted from the system keychain.</translation>
    </message>
    <message>
        <source>The link you were writing when Portfolio Links last closed was restored.</source>
        <translation>The link you were writing when Portfolio Links last closed was restored.</translation>
    </message>
    <message>
        <source>Your work is not being saved</source>
        <translation>Your work is not being saved</translation>
    </message>
    <message>
        <source>Your work is not being saved, and would be lost if Portfolio Links closed: %1</source>
        <translation>Your work is not being saved, and would be lost if Portfolio Links closed: %1</translation>
    </message>
    <message>
        <source>Your work is being saved again.</source>
        <translation>Your work is being saved again.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;New link</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>&amp;Delete link</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>&amp;Find links</source>
        <translation>&amp;Find links</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>(Ctrl+Z undoes it)</source>
        <translation>(Ctrl+Z undoes it)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) put back; nothing was deleted.</source>
        <translation>
            <numerusform>%Ln link put back; nothing was deleted.</numerusform>
            <numerusform>%Ln links put back; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting: %1 of %2…</source>
        <translation>Deleting: %1 of %2…</translation>
    </message>
    <message>
        <source>Your unsaved changes to link %1 from when Portfolio Links last closed were restored.</source>
        <translation>Your unsaved changes to link %1 from when Portfolio Links last closed were restored.</translation>
    </message>
    <message>
        <source>Delete the link “%1”?</source>
        <translation>Delete the link “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln links?</source>
        <translation>
            <numerusform>Delete %Ln link?</numerusform>
            <numerusform>Delete %Ln links?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>Delete links</translation>
    </message>
    <message numerus="yes">
        <source>You can undo this for %Ln second(s) afterwards.</source>
        <translation>
            <numerusform>You can undo this for %Ln second afterwards.</numerusform>
            <numerusform>You can undo this for %Ln seconds afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) deleted.</source>
        <translation>
            <numerusform>%Ln link deleted.</numerusform>
            <numerusform>%Ln links deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) deleted on the server.</source>
        <translation>
            <numerusform>%Ln link deleted on the server.</numerusform>
            <numerusform>%Ln links deleted on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) could not be deleted and are back in the list:</source>
        <translation>
            <numerusform>%Ln link could not be deleted and is back in the list:</numerusform>
            <numerusform>%Ln links could not be deleted and are back in the list:</numerusform>
        </translation>
    </message>
    <message>
        <source>this server does not allow deleting links (HTTP 405).</source>
        <translation>this server does not allow deleting links (HTTP 405).</translation>
    </message>
    <message>
        <source>Links not deleted</source>
        <translation>Links not deleted</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln delete(s) before closing…</source>
        <translation>
            <numerusform>Sending %Ln delete before closing…</numerusform>
            <numerusform>Sending %Ln deletes before closing…</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio %1</source>
        <translation>Portfolio %1</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>Opens the project&apos;s issue tracker in your web browser</source>
        <translation>Opens the project&apos;s issue tracker in your web browser</translation>
    </message>
    <message>
        <source>Your unsaved work for this server was restored.</source>
        <translation>Your unsaved work for this server was restored.</translation>
    </message>
    <message>
        <source>Your unsaved work for %1 is kept and comes back when you connect to that server again.</source>
        <translation>Your unsaved work for %1 is kept and comes back when you connect to that server again.</translation>
    </message>
    <message>
        <source>%1 (portfolio %2)</source>
        <translation>%1 (portfolio %2)</translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation>%1 (not production)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>This link is not yet on the server: it waits in the outbox (View → Outbox).</source>
        <translation>This link is not yet on the server: it waits in the outbox (View → Outbox).</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached: %Ln delete(s) wait in the outbox.</source>
        <translation>
            <numerusform>The server cannot be reached: %Ln delete wait in the outbox.</numerusform>
            <numerusform>The server cannot be reached: %Ln deletes wait in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The links load once the system keychain gives the token. If it asks for its password, its window may be behind this one. To enter the token here instead: File → Connection settings… (%1).</source>
        <translation>The links load once the system keychain gives the token. If it asks for its password, its window may be behind this one. To enter the token here instead: File → Connection settings… (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token: it is kept in memory until you quit. Connection settings (Ctrl+,) says why.</source>
        <translation>The system keychain could not keep the token: it is kept in memory until you quit. Connection settings (Ctrl+,) says why.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) not deleted: being sent to the server now, or perhaps already there. Delete once the list shows it on the server.</source>
        <translation>
            <numerusform>%Ln link not deleted: being sent to the server now, or perhaps already there. Delete it once the list shows it on the server.</numerusform>
            <numerusform>%Ln links not deleted: being sent to the server now, or perhaps already there. Delete them once the list shows them on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaUploadRequest</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>OutboxControls</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Outbox unavailable</source>
        <translation>Outbox unavailable</translation>
    </message>
    <message>
        <source>Changes are sent only while the server can be reached. %1</source>
        <translation>Changes are sent only while the server can be reached. %1</translation>
    </message>
    <message>
        <source>The local database could not be read and was set aside as %1; a new one was started.</source>
        <translation>The local database could not be read and was set aside as %1; a new one was started.</translation>
    </message>
    <message>
        <source>The outbox is unavailable: changes cannot wait for the server. %1</source>
        <translation>The outbox is unavailable: changes cannot wait for the server. %1</translation>
    </message>
    <message>
        <source>Deleted before it reached the server.</source>
        <translation>Deleted before it reached the server.</translation>
    </message>
    <message>
        <source>Opened in the editor to be sent again.</source>
        <translation>Opened in the editor to be sent again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet on the server</source>
        <translation>
            <numerusform>%Ln change not yet on the server</numerusform>
            <numerusform>%Ln changes not yet on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Waits for its profile</source>
        <translation>Waits for its profile</translation>
    </message>
    <message>
        <source>Can still be undone</source>
        <translation>Can still be undone</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Changes not yet on the server. Pending ones are sent again by themselves when the server can be reached; those that need attention wait for you.</source>
        <translation>Changes not yet on the server. Pending ones are sent again by themselves when the server can be reached; those that need attention wait for you.</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Changes not yet on the server</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>link %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <source>Discard this change (%1 of “%2”)? It will never reach the server.</source>
        <translation>Discard this change (%1 of “%2”)? It will never reach the server.</translation>
    </message>
    <message>
        <source>Discarded by the user.</source>
        <translation>Discarded by the user.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>This change is being sent now; it was not discarded.</source>
        <translation>This change is being sent now; it was not discarded.</translation>
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
        <translation>Someone changed link %1 on the server after this edit was made. Open it to compare.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln link(s) with exactly these values, and whether one of them is this change cannot be told. Open it to decide.</source>
        <translation>
            <numerusform>The server has %Ln link with exactly these values, and whether one of them is this change cannot be told. Open it to decide.</numerusform>
            <numerusform>The server has %Ln links with exactly these values, and whether one of them is this change cannot be told. Open it to decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept these fields:</source>
        <translation>The server did not accept these fields:</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an absolute http(s) URL</source>
        <translation>an absolute http(s) URL</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>an ISO 8601 timestamp</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>an object or null</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation>The answer is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>The field “%1” is missing.</translation>
    </message>
    <message>
        <source>The field “%1” should be %2.</source>
        <translation>The field “%1” should be %2.</translation>
    </message>
    <message>
        <source>The field “%1” has an invalid value (%2 expected).</source>
        <translation>The field “%1” has an invalid value (%2 expected).</translation>
    </message>
    <message>
        <source>the next page&apos;s links, not the ones already sent</source>
        <translation>the next page&apos;s links, not the ones already sent</translation>
    </message>
</context>
<context>
    <name>PastedFile</name>
    <message>
        <source>The clipboard holds no image. Copy an image or an image file, then paste it here.</source>
        <translation>The clipboard holds no image. Copy an image or an image file, then paste it here.</translation>
    </message>
</context>
<context>
    <name>PersianText</name>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Enter a number greater than zero.</translation>
    </message>
    <message>
        <source>Remove the spaces inside the number.</source>
        <translation>Remove the spaces inside the number.</translation>
    </message>
    <message>
        <source>Enter a whole number: “%1” is not allowed.</source>
        <translation>Enter a whole number: “%1” is not allowed.</translation>
    </message>
    <message>
        <source>Type “%1” with Persian or English digits.</source>
        <translation>Type “%1” with Persian or English digits.</translation>
    </message>
    <message>
        <source>Only digits are allowed: “%1” is not a digit.</source>
        <translation>Only digits are allowed: “%1” is not a digit.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
</context>
<context>
    <name>PortfolioBar</name>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>Portfolio number, e.g. 3</source>
        <translation>Portfolio number, e.g. 3</translation>
    </message>
    <message>
        <source>Portfolios used lately (Down arrow in the field)</source>
        <translation>Portfolios used lately (Down arrow in the field)</translation>
    </message>
    <message>
        <source>Recent portfolios</source>
        <translation>Recent portfolios</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln link(s)</source>
        <translation>
            <numerusform>%1 — %Ln link</numerusform>
            <numerusform>%1 — %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translation>&amp;Known as</translation>
    </message>
    <message>
        <source>Your own name for this portfolio, kept on this computer: the server has none</source>
        <translation>Your own name for this portfolio, kept on this computer: the server has none</translation>
    </message>
    <message>
        <source>Name it, e.g. Agency website</source>
        <translation>Name it, e.g. Agency website</translation>
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
        <translation>Image %1: %2 × %3 pixels, %4</translation>
    </message>
</context>
<context>
    <name>PortfolioImagesPage</name>
    <message>
        <source>Part of the image&apos;s name</source>
        <translation>Part of the image&apos;s name</translation>
    </message>
    <message>
        <source>Images of the portfolio</source>
        <translation>Images of the portfolio</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Enter the portfolio&apos;s number in the form to see the images its links use.</source>
        <translation>Enter the portfolio&apos;s number in the form to see the images its links use.</translation>
    </message>
    <message>
        <source>Loading the images of portfolio %1…</source>
        <translation>Loading the images of portfolio %1…</translation>
    </message>
    <message>
        <source>The portfolio&apos;s images could not be listed: %1</source>
        <translation>The portfolio&apos;s images could not be listed: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <source>This portfolio&apos;s links have no images yet. Upload one, or enter an image&apos;s number.</source>
        <translation>This portfolio&apos;s links have no images yet. Upload one, or enter an image&apos;s number.</translation>
    </message>
    <message>
        <source>No image&apos;s name contains “%1”.</source>
        <translation>No image&apos;s name contains “%1”.</translation>
    </message>
    <message>
        <source>Images: %1. Arrow keys move, Enter chooses.</source>
        <translation>Images: %1. Arrow keys move, Enter chooses.</translation>
    </message>
    <message>
        <source>Only the images of the first %1 links are shown.</source>
        <translation>Only the images of the first %1 links are shown.</translation>
    </message>
    <message>
        <source>Loading the images of portfolio %1… (%2 so far)</source>
        <translation>Loading the images of portfolio %1… (%2 so far)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>ProfileBand</name>
    <message>
        <source>Not production: you are working on “%1” (%2).</source>
        <translation>Not production: you are working on “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server profile</source>
        <translation>Server profile</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>No server set</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (this run only)</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Add servers in Settings › Connection settings to switch between them here.</source>
        <translation>Add servers in Settings › Connection settings to switch between them here.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>A profile needs a name.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>There is already a profile named “%1”.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
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
        <translation>%1 (its profile was removed)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a field&apos;s label moves to that field; of a menu, opens it.</source>
        <translation>Alt with the underlined letter of a field&apos;s label moves to that field; of a menu, opens it.</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Download failed: %1</source>
        <translation>Download failed: %1</translation>
    </message>
    <message>
        <source>The image did not arrive in time.</source>
        <translation>The image did not arrive in time.</translation>
    </message>
    <message>
        <source>The image is larger than %1; it was not downloaded.</source>
        <translation>The image is larger than %1; it was not downloaded.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>size not given</source>
        <translation>size not given</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Thumbnail %1, loading</source>
        <translation>Thumbnail %1, loading</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>Thumbnail %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels shown</source>
        <translation>%1 × %2 pixels shown</translation>
    </message>
    <message>
        <source>Thumbnail %1 failed: %2</source>
        <translation>Thumbnail %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token cannot be stored safely: %1 Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The token cannot be stored safely: %1 Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>The keychain could not be used: %1</translation>
    </message>
    <message>
        <source>this system has no keychain service running.</source>
        <translation>this system has no keychain service running.</translation>
    </message>
    <message>
        <source>this system&apos;s keychain cannot keep passwords for applications.</source>
        <translation>this system&apos;s keychain cannot keep passwords for applications.</translation>
    </message>
    <message>
        <source>access to the keychain was declined.</source>
        <translation>access to the keychain was declined.</translation>
    </message>
    <message>
        <source>the keychain denied access; it may be locked.</source>
        <translation>the keychain denied access; it may be locked.</translation>
    </message>
    <message>
        <source>the keychain could not delete the token.</source>
        <translation>the keychain could not delete the token.</translation>
    </message>
    <message>
        <source>no keychain service answered.</source>
        <translation>no keychain service answered.</translation>
    </message>
    <message>
        <source>the keychain service failed (%1).</source>
        <translation>the keychain service failed (%1).</translation>
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
        <translation>Nothing to change: the link already holds these values.</translation>
    </message>
</context>
<context>
    <name>UrlInput</name>
    <message>
        <source>The link has no domain name, as in %1.</source>
        <translation>The link has no domain name, as in %1.</translation>
    </message>
    <message>
        <source>Enter a link.</source>
        <translation>Enter a link.</translation>
    </message>
    <message>
        <source>A link cannot contain spaces.</source>
        <translation>A link cannot contain spaces.</translation>
    </message>
    <message>
        <source>Links starting with “%1” are not allowed: use http, https or ftp.</source>
        <translation>Links starting with “%1” are not allowed: use http, https or ftp.</translation>
    </message>
    <message>
        <source>A link cannot contain a user name or password.</source>
        <translation>A link cannot contain a user name or password.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>“%1” is not a valid port: use a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1” is not a valid IPv6 address.</translation>
    </message>
    <message>
        <source>“%1” has no ending such as .com or .ir.</source>
        <translation>“%1” has no ending such as .com or .ir.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name: use letters, digits and hyphens (not at the start or end of a part) and an ending such as .com or .ir.</source>
        <translation>“%1” is not a valid domain name: use letters, digits and hyphens (not at the start or end of a part) and an ending such as .com or .ir.</translation>
    </message>
    <message>
        <source>This is not a valid link: check it for stray characters.</source>
        <translation>This is not a valid link: check it for stray characters.</translation>
    </message>
    <message>
        <source>The link is %L1 characters long, but at most %L2 are allowed.</source>
        <translation>The link is %L1 characters long, but at most %L2 are allowed.</translation>
    </message>
    <message>
        <source>A character sent encoded, such as “%1”, counts as three.</source>
        <translation>A character sent encoded, such as “%1”, counts as three.</translation>
    </message>
</context>
</TS>
