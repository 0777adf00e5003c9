package org.esafety.tenant.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantContextTest {

    private static final Tenant SCHOOL = Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL));
    private static final Tenant LA = Tenant.ofLocalAuthority(7, "worker", Set.of(Role.LA_ADMIN));

    @Test
    void noTenantOutsideRequestAndScope() {
        assertThatThrownBy(TenantContext::current).isInstanceOf(NoTenantException.class);
    }

    @Test
    void runAsSetsTheTenantForTheWorkOnly() {
        assertThat(TenantContext.runAs(SCHOOL, TenantContext::current)).isEqualTo(SCHOOL);
        assertThatThrownBy(TenantContext::current).isInstanceOf(NoTenantException.class);
    }

    @Test
    void nestedRunAsRestoresTheOuterTenant() {
        Tenant afterInner = TenantContext.runAs(LA, () -> {
            assertThat(TenantContext.runAs(SCHOOL, TenantContext::current)).isEqualTo(SCHOOL);
            return TenantContext.current();
        });

        assertThat(afterInner).isEqualTo(LA);
    }

    @Test
    void runAsEndsItsScopeWhenTheWorkFails() {
        assertThatIllegalStateException().isThrownBy(() -> TenantContext.runAs(SCHOOL, () -> {
            throw new IllegalStateException("work failed");
        })).withMessage("work failed");

        assertThatThrownBy(TenantContext::current).isInstanceOf(NoTenantException.class);
    }

    @Test
    void requestTenantIsSetOnce() {
        TenantContext context = new TenantContext();
        assertThat(context.tenant()).isEmpty();

        context.establish(SCHOOL);
        context.establish(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL)));

        assertThat(context.tenant()).contains(SCHOOL);
        assertThatIllegalStateException().isThrownBy(() -> context.establish(LA));
        assertThat(context.tenant()).contains(SCHOOL);
    }
}
