use super::network_of;

#[test]
fn clients_are_grouped_by_the_network_they_are_routed() {
    assert_eq!(network_of("203.0.113.77"), "203.0.113.0/24");
    assert_eq!(network_of("2001:db8:1234:5600::"), "2001:db8:1234::/48");
    assert_eq!(network_of("2001:db8:1234:5600::/64"), "2001:db8:1234::/48");
    // Two /64s of one /56 are one network.
    assert_eq!(network_of("2001:db8:1234:5601::"), network_of("2001:db8:1234:56ff::"));
    assert_eq!(network_of("staff:1f0e"), "staff:1f0e");
}
