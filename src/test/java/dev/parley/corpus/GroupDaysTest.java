package dev.parley.corpus;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupDaysTest {
    private static final LocalDate D = LocalDate.of(2031, 5, 10);

    @Test
    void aWindowHoldsTheGroupsOfThosePeopleStartingOnThoseDaysInTheOrderMade() {
        GroupDays days = new GroupDays();
        days.add(4, D, List.of("p-ana", "p-bo"));
        days.add(1, D.plusDays(1), List.of("p-bo"));
        days.add(2, D.minusDays(2), List.of("p-ana"));
        days.add(3, D.plusDays(2), List.of("p-ana"));
        days.add(0, D, List.of("p-cy"));

        assertThat(days.within(List.of("p-ana", "p-bo"), D.minusDays(1), D.plusDays(1))).containsExactly(1, 4);
        assertThat(days.within(List.of("p-ana"), D.minusDays(2), D.plusDays(2))).containsExactly(2, 3, 4);
        assertThat(days.within(List.of("p-cy"), D.plusDays(1), D.plusDays(45))).isEmpty();
        assertThat(days.within(List.of("p-nobody"), D.minusDays(9), D.plusDays(9))).isEmpty();
    }

    @Test
    void aGroupFiledUnderTwoOfThePeopleComesOutOnce() {
        GroupDays days = new GroupDays();
        days.add(7, D, List.of("p-ana", "p-bo", "p-cy"));
        assertThat(days.within(List.of("p-ana", "p-bo", "p-cy"), D, D)).containsExactly(7);
    }

    @Test
    void aRemovedGroupFiledAgainIsFoundAtItsNewDayAndUnderItsNewPeople() {
        GroupDays days = new GroupDays();
        days.add(5, D, List.of("p-ana"));
        days.remove(5, D, List.of("p-ana"));
        days.add(5, D.minusDays(1), List.of("p-ana", "p-dee"));

        assertThat(days.within(List.of("p-ana"), D, D)).isEmpty();
        assertThat(days.within(List.of("p-ana"), D.minusDays(1), D.minusDays(1))).containsExactly(5);
        assertThat(days.within(List.of("p-dee"), D.minusDays(3), D)).containsExactly(5);
    }

    @Test
    void groupsWithAllThePeopleAreTheIntersectionOverThemAtAnyDay() {
        GroupDays days = new GroupDays();
        days.add(0, D, List.of("p-ana", "p-bo"));
        days.add(1, D.plusDays(300), List.of("p-ana", "p-bo", "p-cy"));
        days.add(2, D.minusDays(300), List.of("p-ana"));
        days.add(3, D, List.of("p-bo", "p-cy"));

        assertThat(days.withAll(Set.of("p-ana", "p-bo"))).containsExactly(0, 1);
        assertThat(days.withAll(Set.of("p-bo", "p-cy"))).containsExactly(1, 3);
        assertThat(days.withAll(Set.of("p-ana", "p-nobody"))).isEmpty();
        assertThat(days.withAll(Set.of())).isEmpty();
    }

    @Test
    void daysBeforeTheEpochKeepTheirOrder() {
        GroupDays days = new GroupDays();
        LocalDate old = LocalDate.of(1962, 3, 1);
        days.add(9, old, List.of("p-ana"));
        days.add(8, old.plusDays(1), List.of("p-ana"));
        days.add(6, old.minusDays(1), List.of("p-ana"));

        assertThat(days.within(List.of("p-ana"), old, old.plusDays(1))).containsExactly(8, 9);
        assertThat(days.within(List.of("p-ana"), old.minusDays(1), old.minusDays(1))).containsExactly(6);
    }
}
