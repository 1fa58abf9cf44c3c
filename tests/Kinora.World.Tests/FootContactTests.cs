using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class FootContactTests
{
    [Theory]
    [InlineData(LocationKind.Street)]
    [InlineData(LocationKind.Interior)]
    public void Each_contact_is_the_moment_a_swinging_foot_is_planted(LocationKind kind)
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(kind));
        const double dt = 0.001;
        foreach (var name in new[] { "ADA", "BEN" })
        {
            var track = world.BlockingFor(0).Track(name)!;
            var contacts = world.FootContacts(name);
            // Landings seen by sampling each walk: a foot that was swinging a millisecond ago and is planted now. A walk
            // ends with both feet down (whatever the next segment, a turn say, does with them after).
            var seen = new List<(double T, bool Left)>();
            foreach (var move in track.Segments.Where(s => s.Kind == ActorTrack.SegmentKind.Move))
            {
                bool wasL = true, wasR = true;
                for (double t = move.Start; ; t += dt)
                {
                    bool last = t >= move.End;
                    var m = track.Sample(Math.Min(t, move.End - 1e-9));
                    bool l = last || m.LeftPlanted, r = last || m.RightPlanted;
                    if (l && !wasL) seen.Add((Math.Min(t, move.End), true));
                    if (r && !wasR) seen.Add((Math.Min(t, move.End), false));
                    wasL = l; wasR = r;
                    if (last) break;
                }
            }
            Assert.True(contacts.Length >= 4, $"{name} walks: {contacts.Length} contacts");
            Assert.Equal(seen.Count, contacts.Length);
            for (int i = 0; i < seen.Count; i++)
            {
                var c = contacts.Single(c => c.Left == seen[i].Left && Math.Abs(c.Time - seen[i].T) <= 2 * dt);
                var foot = track.Sample(c.Time + 1e-6);
                var at = c.Left ? foot.LeftFoot : foot.RightFoot;
                Assert.True(System.Numerics.Vector3.Distance(at with { Y = 0 }, c.Position) < 0.01f, $"{name} contact at {c.Time:F3} s is where the foot stands");
            }
        }
    }

    [Fact]
    public void Contacts_are_in_time_order_and_inside_their_scene()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Forest));
        var all = world.FootContacts();
        Assert.NotEmpty(all);
        for (int i = 1; i < all.Length; i++) Assert.True(all[i].Time >= all[i - 1].Time);
        Assert.All(all, c => Assert.InRange(c.Time, 0, 24));
        Assert.Equal(all.Length, world.FootContacts("ADA").Length + world.FootContacts("BEN").Length);
    }
}
