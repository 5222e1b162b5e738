from diplograph.cli.main import cli

cli()
