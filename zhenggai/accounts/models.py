"""Users, units (the org tree) and roles."""
from __future__ import annotations

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models


class Role(models.TextChoices):
    OFFICE = "office", "整改办"
    LEADER = "leader", "领导"
    UNIT = "unit", "单位填报员"
    OBSERVER = "observer", "观察员（纪检监察）"


class AdminRole(models.TextChoices):
    """The three MLPS (等保2.0) level-3 admin roles. One field, so an account holds at most one."""

    SYSTEM = "system", "系统管理员"
    SECURITY = "security", "安全管理员"
    AUDIT = "audit", "审计管理员"


class Unit(models.Model):
    """A node of the org tree: a bureau, its divisions, branch bureaus, affiliated units.

    `path` is a materialised path ("/1/5/12/") so a subtree is one indexed LIKE query.
    """

    name = models.CharField("名称", max_length=100)
    short_name = models.CharField("简称", max_length=50, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    sort = models.PositiveIntegerField("排序", default=0)
    phone = models.CharField("联系电话", max_length=50, blank=True)
    address = models.CharField("通讯地址", max_length=200, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    # 单位负责人: the account of the unit's head (处长, 支队长, 分局局长). The 督办 ladder's "unit head" steps
    # (−3 days, overdue) tell this person; only when none is set do they fall back to the unit's own accounts.
    head = models.ForeignKey("accounts.User", verbose_name="单位负责人", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="headed_units",
                             help_text="督办提醒（期限前3天、逾期）同时发给单位负责人；须为本单位的填报员或领导账号")

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["path", "sort"]
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="unit_unique_name_under_parent")]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.head_id is None:
            return
        head = self.head
        if self.pk is None or head.unit_id != self.pk:
            raise ValidationError({"head": "单位负责人须为本单位的账号（请先在本单位下新增该用户）"})
        if head.role not in (Role.UNIT, Role.LEADER) or head.admin_role or not head.is_active:
            raise ValidationError({"head": "单位负责人须为本单位在用的填报员或领导账号"})

    def save(self, *args, **kwargs) -> None:
        if self.parent_id and self.parent_id == self.pk:
            raise ValueError("单位不能是自己的上级")
        super().save(*args, **kwargs)
        new_path = f"{self.parent.path if self.parent else '/'}{self.pk}/"
        if new_path != self.path:
            old_path = self.path
            self.path = new_path
            Unit.objects.filter(pk=self.pk).update(path=new_path)
            if old_path:
                # Move the subtree along with its root.
                for child in Unit.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
                    Unit.objects.filter(pk=child.pk).update(path=new_path + child.path[len(old_path):])

    def subtree(self) -> models.QuerySet[Unit]:
        return Unit.objects.filter(path__startswith=self.path)

    def ancestor_ids(self) -> list[int]:
        return [int(p) for p in self.path.strip("/").split("/") if p]

    def is_within(self, other: Unit) -> bool:
        return self.path.startswith(other.path)


class User(AbstractUser):
    """A person who uses zhenggai. Business role and home unit decide what they see and do."""

    full_name = models.CharField("姓名", max_length=50, blank=True)
    unit = models.ForeignKey(Unit, verbose_name="所属单位", null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    role = models.CharField("角色", max_length=16, choices=Role.choices, default=Role.UNIT)
    phone = models.CharField("手机", max_length=30, blank=True)
    observed_inspections = models.ManyToManyField(
        "ledger.Inspection", verbose_name="可查看的巡察（观察员）", blank=True, related_name="observers"
    )

    admin_role = models.CharField("管理员角色", max_length=16, choices=AdminRole.choices, blank=True, default="")
    # Login policy (zhenggai.accounts.security): lockout, forced change, expiry, ending sessions.
    failed_logins = models.PositiveIntegerField("连续登录失败次数", default=0, editable=False)
    locked_until = models.DateTimeField("锁定至", null=True, blank=True)
    password_changed_at = models.DateTimeField("密码修改时间", null=True, blank=True, editable=False)
    must_change_password = models.BooleanField("下次登录须修改密码", default=False)
    # Bumped at logout: every session of the account carries a hash of it, so all of them end.
    session_epoch = models.PositiveIntegerField(default=0, editable=False)
    # Kept by signals on the TOTP devices (zhenggai.accounts.two_factor.sync_second_factor), so that the login
    # policy knows on every request whether a code is owed without querying the devices.
    has_second_factor = models.BooleanField("已启用两步验证", default=False, editable=False)

    objects = UserManager()

    class Meta:
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self) -> str:
        return self.full_name or self.username

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    def is_locked(self, now=None) -> bool:
        from django.utils import timezone

        return self.locked_until is not None and self.locked_until > (now or timezone.now())

    def set_password(self, raw_password) -> None:
        from django.utils import timezone

        super().set_password(raw_password)
        self.password_changed_at = timezone.now()

    def _get_session_auth_hash(self, secret=None) -> str:
        # Django ends a session whose stored hash no longer matches; folding in session_epoch lets
        # logout end every session of the account, as the password hash does for a password change.
        from django.utils.crypto import salted_hmac

        return salted_hmac("zhenggai.accounts.User.session_auth_hash", f"{self.password}|{self.session_epoch}",
                           secret=secret, algorithm="sha256").hexdigest()
