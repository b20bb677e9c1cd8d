# bash completion for portfolio-links-cli                   -*- shell-script -*-
# Installed to /usr/share/bash-completion/completions/portfolio-links-cli.

_portfolio_links_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="check create list get update delete upload export import help"
    local global="--server --profile --portfolio --format --timeout --quiet --token-stdin --no-normalize --version --help"

    case $prev in
        --server|--profile|--portfolio|--timeout|--name|--url|--description|--image|--search|--limit)
            return ;;
        --format)
            COMPREPLY=($(compgen -W "table json jsonl csv" -- "$cur")); return ;;
        --has-image|--has-url|--has-description)
            COMPREPLY=($(compgen -W "yes no" -- "$cur")); return ;;
        --ordering)
            COMPREPLY=($(compgen -W "id -id name -name created_at -created_at updated_at -updated_at" -- "$cur")); return ;;
        --description-file|--image-file|--json|--output|-o)
            _filedir; return ;;
    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --server|--profile|--portfolio|--format|--timeout) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    local options
    case $command in
        "") COMPREPLY=($(compgen -W "$commands $global" -- "$cur")); return ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
        create) options="--name --url --description --description-file --image --image-file --json" ;;
        list) options="--search --has-image --has-url --has-description --ordering --limit --all" ;;
        update) options="--name --url --no-url --description --description-file --image --no-image" ;;
        delete) options="--yes" ;;
        export) options="--output -o" ;;
        import) options="--dry-run" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
    elif [[ $command == upload || $command == import ]]; then
        _filedir
    fi
} &&
    complete -F _portfolio_links_cli portfolio-links-cli
