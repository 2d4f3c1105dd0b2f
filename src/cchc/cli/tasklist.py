"""`cchc list`: every task with its state on a day, its deadline, lead and latest note
(`cchc.tasklist`), filtered, in every --format the query commands take."""

from enum import StrEnum
from typing import Annotated

import typer

from cchc.cli.common import (
    AsOfOption,
    LangOption,
    RevOption,
    RootOption,
    app,
    check_filters,
    open_dataset,
)
from cchc.cli.helptext import option
from cchc.cli.query import (
    AgencyOption,
    AreaOption,
    FormatOption,
    KindOption,
    OutputFormat,
    StatusOption,
    emit,
)


class Role(StrEnum):
    lead = "lead"
    support = "support"
    any = "any"


# The derived states (`cchc.status.TASK_STATES`, checked by a test), spelled here so that the
# command line offers them without importing the state machinery at start-up.
class State(StrEnum):
    overdue = "overdue"
    due_soon = "due_soon"
    open = "open"
    waiting = "waiting"
    triggered = "triggered"
    done_on_time = "done_on_time"
    done_late = "done_late"
    cancelled = "cancelled"


@app.command("list")
def list_tasks(
    root: RootOption = None,
    as_of: AsOfOption = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
    agency: AgencyOption = None,
    role: Annotated[Role, option("--role", help_key="help.list.role")] = Role.lead,
    area: AreaOption = None,
    status: StatusOption = None,
    state: Annotated[
        State | None, typer.Option("--state", help=" | ".join(s.value for s in State))
    ] = None,
    kind: KindOption = None,
    rev: RevOption = None,
) -> int:
    from cchc.tasklist import ListFilter, list_states, list_table

    language, on, dataset = open_dataset(root, lang, as_of, with_targets=False, rev=rev)
    agency, area = check_filters(dataset, agency, area)
    chosen = ListFilter(
        agency=agency,
        role=role.value,
        area=area,
        status=status,
        state=state.value if state is not None else None,
        kind=kind,
    )
    emit(
        [list_table(dataset, list_states(dataset, on, chosen), on, language)],
        format.value,
        language,
    )
    return 0
