using System.Collections.Immutable;

namespace Kinora.World;

public sealed partial class WorldModel
{
    /// <summary>
    /// Every foot contact in the film, in time order (ties by actor name, then left before right): each step of
    /// every walk and run, inside the scene it belongs to.
    /// </summary>
    public ImmutableArray<FootContact> FootContacts()
    {
        var all = new List<FootContact>();
        for (int i = 0; i < blocking.Length; i++)
        {
            var scene = Production.Scenes[i];
            foreach (var track in blocking[i].Tracks)
                foreach (var c in track.FootContacts())
                    if (c.Time >= scene.Start && c.Time < scene.End) all.Add(c);
        }
        return [.. all.OrderBy(c => c.Time).ThenBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Left ? 0 : 1)];
    }

    /// <summary>One character's foot contacts over the whole film, in time order.</summary>
    public ImmutableArray<FootContact> FootContacts(string actor) =>
        [.. FootContacts().Where(c => c.Actor.Equals(actor, StringComparison.OrdinalIgnoreCase))];
}
