from ninja import Router

from .auth import API_AUTH
from .schemas import MeSchema, UpdateMeSchema

router = Router(tags=["me"], auth=API_AUTH)


@router.get("/", response=MeSchema)
def retrieve_me(request):
    return request.auth


@router.patch("/", response=MeSchema)
def update_me(request, payload: UpdateMeSchema):
    user = request.auth
    changes = payload.dict(exclude_none=True)
    for name, value in changes.items():
        setattr(user, name, value)
    if changes:
        user.save(update_fields=list(changes))
    return user
