using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>
    /// The frame's lamps, in the order of scene.frag's three loops: the two nearest practicals (with a highlight: a
    /// lamp's glint on a metal post or a wet road), then the crew's keys (soft, with the flag under each: a key needs
    /// no highlight), then the other practicals, at most <see cref="MaxPracticals"/> in all, so a far street lamp
    /// gives way before a key does. The crew's lamps join the lighting only: no rain glow, no fixture, no shadow.
    /// </summary>
    internal static FrameLamps WithCrewLights(CrewLights crew, PointLight[] practicals)
    {
        const int Highlighted = 2;
        int highlighted = Math.Min(practicals.Length, Highlighted);
        if (crew.Count == 0) return new FrameLamps(practicals, highlighted, highlighted, new float[practicals.Length]);
        var lamps = new List<PointLight>(MaxPracticals);
        var cutters = new List<float>(MaxPracticals);
        lamps.AddRange(practicals.Take(highlighted));
        cutters.AddRange(new float[highlighted]);
        for (int i = 0; i < crew.Count; i++)
        {
            var c = crew[i];
            if (c.Range > 0 && c.Colour != System.Numerics.Vector3.Zero && float.IsFinite(c.Colour.X + c.Colour.Y + c.Colour.Z))
            {
                lamps.Add(new PointLight(c.Position, c.Colour, c.Range));
                cutters.Add(Math.Max(c.Cutter, 0));
            }
        }
        int crewEnd = lamps.Count;
        foreach (var p in practicals.Skip(highlighted))
            if (lamps.Count < MaxPracticals)
            {
                lamps.Add(p);
                cutters.Add(0);
            }
        return new FrameLamps([.. lamps], highlighted, crewEnd, [.. cutters]);
    }
}

/// <summary>
/// The lamps of a frame as the lit shaders take them: lights [0, Highlighted) with a highlight, [Highlighted,
/// CrewEnd) the crew's keys with their flags (Cutters: the height of each flag's edge, 0 for none), the rest diffuse.
/// </summary>
readonly record struct FrameLamps(PointLight[] Lights, int Highlighted, int CrewEnd, float[] Cutters)
{
    public int Length => Lights.Length;

    /// <summary>Practicals alone: the nearest two highlighted, no crew.</summary>
    public static FrameLamps Practicals(PointLight[] practicals)
    {
        int highlighted = Math.Min(practicals.Length, 2);
        return new FrameLamps(practicals, highlighted, highlighted, new float[practicals.Length]);
    }
}
