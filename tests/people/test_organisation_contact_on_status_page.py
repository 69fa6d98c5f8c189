"""The contact an organisation's administrators set is the one its households' status page names,
with where and when they can come by (#10)."""

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.test_organisation_contact import CONTACT


def test_the_households_status_page_names_where_and_when_to_come_by(people) -> None:
    organisation_id = people.world.organisation(OrganisationKind.PARTNER)
    saved = people.client.put(
        f"/api/v1/organisations/{organisation_id}/contact", json=CONTACT, headers=people.as_role(Role.PARTNER)
    )
    assert saved.status_code == 200, saved.text
    token = people.request(people.household()["id"])["statusLink"]["token"]
    page = people.client.get(f"/api/v1/status/{token}")
    assert page.status_code == 200, page.text
    assert page.json()["supportingOrganisation"]["contact"] == CONTACT
