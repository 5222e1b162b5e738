"""The analysis commands, registered together by `cli/main.py`."""

from diplograph.cli.blocs import blocs_cli
from diplograph.cli.dyad import dyad_cli
from diplograph.cli.escalation import escalation_cli
from diplograph.cli.isolation import isolation_cli
from diplograph.cli.partners import partners_cli

ANALYSIS_COMMANDS = (partners_cli, dyad_cli, isolation_cli, blocs_cli, escalation_cli)
