"""The legal review workflow and the page permissions of each group.

Every page under the site root goes through "Legal review": an editor submits, a member of the
"Legal reviewers" group approves (and so publishes) or requests changes. Editors can create and
edit pages but cannot publish them; only legal reviewers (and administrators) can. This runs after
every migrate, so a new database has it without any manual step.
"""

from django.contrib.auth.models import Group

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from accounts import roles

WORKFLOW_NAME = "Legal review"

PAGE_PERMISSIONS = {
    roles.EDITORS: ["add", "change", "lock", "unlock"],
    roles.LEGAL_REVIEWERS: ["add", "change", "publish", "lock", "unlock"],
}


def ensure_legal_review_workflow(root=None):
    """Create the workflow (idempotent) and attach it to the root page; returns the workflow."""
    reviewers = Group.objects.get(name=roles.LEGAL_REVIEWERS)
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
    task.groups.add(reviewers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = root or Page.get_first_root_node()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def ensure_page_permissions():
    root = Page.get_first_root_node()
    if root is None:
        return
    for group_name, permission_types in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for permission_type in permission_types:
            if not GroupPagePermission.objects.filter(
                group=group, page=root, permission__codename=f"{permission_type}_page"
            ).exists():
                GroupPagePermission.objects.create(group=group, page=root, permission_type=permission_type)


def ensure_roles_and_workflow(**kwargs):
    roles.ensure_roles()
    ensure_page_permissions()
    ensure_legal_review_workflow()
