"""Model signal receivers, connected in ClaimsConfig.ready()."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from claims.models import Claim
from claims.services.history import claim_history_begin


@receiver(pre_save, sender=Claim, dispatch_uid="claims.claim_history_begin")
def begin_history_before_first_change(sender, instance: Claim, raw: bool, **kwargs) -> None:
    # Not for fixtures (raw) nor new claims: simple-history records a created claim itself.
    if raw or instance._state.adding or instance.pk is None:
        return
    claim_history_begin(claim_id=instance.pk)
