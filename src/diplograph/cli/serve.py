"""`diplograph serve`: the HTTP API and the dashboard over one store."""

from __future__ import annotations

import click

from diplograph.cli.common import config_option, db_option, handle_errors, settings_from


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to bind.")
@click.option("--port", type=int, default=8000, show_default=True, help="The port to listen on.")
@click.option(
    "--token",
    envvar="DIPLOGRAPH_TOKEN",
    default=None,
    help="Every write needs it (Authorization: Bearer TOKEN); needed to bind beyond loopback. "
    "Also DIPLOGRAPH_TOKEN.",
)
@click.option("--read-only", is_flag=True, help="Refuse every write (403): for sharing a store.")
@click.option(
    "--max-request-mb",
    type=float,
    default=10.0,
    show_default=True,
    help="Larger request bodies answer 413.",
)
@config_option
@handle_errors
def serve_cli(db, host, port, token, read_only, max_request_mb, config_file):
    """Serve the API (/api/..., schema at /openapi.json) and the dashboard (/)."""
    import uvicorn

    from diplograph.api import ApiSettings, create_app

    settings = settings_from(config_file, db=db)
    api = ApiSettings(
        token=token or None,
        read_only=read_only,
        max_request_bytes=int(max_request_mb * 1024 * 1024),
        host=host,
        port=port,
    ).checked()
    app = create_app(settings, api)
    click.echo(
        f"diplograph: {settings.db} on http://{host}:{port}/"
        + (" (read-only)" if read_only else "")
        + (" (writes need the token)" if token else ""),
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
