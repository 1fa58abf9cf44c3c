using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>
    /// The frame's lamps: the crew's (keys on the faces, near the subjects) ahead of all but the two nearest of the
    /// set's chosen practicals, at most <see cref="MaxPracticals"/> in all, so a far street lamp gives way before a
    /// key does. The two nearest practicals stay first because the scene shader gives only the first two lamps a
    /// highlight (a lamp's glint on a metal post or a wet road); a soft key needs none. The crew's lamps join the
    /// lighting only: no rain glow, no fixture, no shadow.
    /// </summary>
    internal static PointLight[] WithCrewLights(CrewLights crew, PointLight[] practicals)
    {
        if (crew.Count == 0) return practicals;
        const int Highlighted = 2;
        var lamps = new List<PointLight>(MaxPracticals);
        lamps.AddRange(practicals.Take(Highlighted));
        for (int i = 0; i < crew.Count; i++)
        {
            var c = crew[i];
            if (c.Range > 0 && c.Colour != System.Numerics.Vector3.Zero && float.IsFinite(c.Colour.X + c.Colour.Y + c.Colour.Z))
                lamps.Add(new PointLight(c.Position, c.Colour, c.Range));
        }
        foreach (var p in practicals.Skip(Highlighted))
            if (lamps.Count < MaxPracticals) lamps.Add(p);
        return [.. lamps];
    }
}
