using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The crew's key on the faces when the light fails. At night, at dusk and in dark rooms the practicals and the
/// sky leave a face in silhouette against lit windows behind it; a crew sets a soft lamp for it: 35° off the lens
/// axis on the side the actor faces, a little above the eyes, a couple of metres off, reaching a few metres, so
/// it lights the face and not the street. The key tops up only what the face lacks: a face already lit by a lamp
/// beside it, or a day, gets none. The key falls on the wardrobe too: a gaffer dims it until the faces, coats and hair
/// in its reach stay under a highlight limit (<see cref="WardrobeCeiling"/>), as far as the faces still read.
/// </summary>
public static class KeyLighting
{
    /// <summary>The exposed light a face should get (as a white card turned toward the lamps reflects it, times exposure).</summary>
    public const float FaceTarget = 0.5f;

    /// <summary>
    /// The skin <see cref="FaceTarget"/> is set for (luminance of its linear albedo: a light skin, #cda082). A crew
    /// exposes for the skin it lights: a darker skin gets more key, as the square root of the ratio, at most twice.
    /// </summary>
    public const float ReferenceSkin = 0.4f;

    /// <summary>A face lit to at least this share of <see cref="FaceTarget"/> needs no key.</summary>
    public const float LitEnough = 0.85f;

    /// <summary>The key's angle off the lens axis, radians (35°).</summary>
    public const float OffAxis = 35f * MathF.PI / 180f;

    /// <summary>How far the key stands from the face and how far above the eyes it hangs, metres; how far it reaches.</summary>
    public const float Distance = 1.6f, Rise = 0.4f, Range = 4.5f;

    /// <summary>
    /// The brightest a lit face, coat or head of hair may read, exposed (albedo times the light on it times exposure,
    /// as estimated here): about 175 of 255 in the noir look, where a pale coat still shows its folds.
    /// </summary>
    public const float WardrobeCeiling = 0.3f;

    /// <summary>How far under the face's keyed point (just under the eyes) the flag's edge stands, metres: at the chin.</summary>
    public const float ChinDrop = 0.14f;

    /// <summary>The least share of its strength a key keeps for the wardrobe's sake, so the faces still read.</summary>
    public const float LeastDimming = 0.75f;

    /// <summary>Above this sun elevation (degrees) outdoors the day lights the faces and the crew sets no key.</summary>
    public const double DaylightElevation = 8;

    /// <summary>A slightly warm white, of unit luminance: the soft source's tint.</summary>
    static readonly Vector3 Tint = new Vector3(1f, 0.93f, 0.84f) / Luminance(new Vector3(1f, 0.93f, 0.84f));

    /// <summary>The lamps for the shot's faces at film time t, seen from a camera at a position (metres).</summary>
    public static CrewLights For(Shot shot, IWorldView world, Vector3 camera, double t)
    {
        if (shot.Subjects.IsDefaultOrEmpty || world.LightAt(t) is not { } light) return CrewLights.None;
        bool interior = world.SetFor(shot.Scene).Interior;
        if (!interior && light.SunElevation * 180 / Math.PI > DaylightElevation) return CrewLights.None;
        float exposure = light.UsableExposure;
        var lights = CrewLights.None;
        // Everyone on the set, subjects first: a lamp set for one face stands clear of the other heads, and the gaffer
        // dims the keys for whoever stands in their reach, framed or not (the detective beside the violinist's single).
        var scene = world.Production.Scenes.FirstOrDefault(s => s.Index == shot.Scene);
        var names = shot.Subjects.Concat((scene?.Cast ?? []).Where(n => !shot.Subjects.Contains(n, StringComparer.OrdinalIgnoreCase)));
        var people = new List<LitSubject>();
        foreach (var name in names)
        {
            if (world.Actor(name, t) is not { } actor) continue;
            people.Add(world.Production.Bible.Member(name) is { } m
                ? new LitSubject(actor, Luminance(m.Skin.Linear), Luminance(m.TopColour.Linear), Luminance(m.Hair.Linear))
                : new LitSubject(actor, ReferenceSkin, ReferenceSkin, ReferenceSkin));
        }
        foreach (var name in shot.Subjects)
        {
            int i = people.FindIndex(p => p.Actor.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (i < 0 || lights.Count >= CrewLights.Capacity) continue;
            var heads = people.Where((_, j) => j != i).Select(p => p.Actor.Eyes).ToArray();
            if (Key(people[i].Actor, camera, light, exposure, people[i].Skin, heads) is { } key) lights = lights.With(key);
        }
        return Dimmed(lights, people, camera, light, exposure);
    }

    /// <summary>The exposed light a face of this skin (luminance of its linear albedo) is keyed to.</summary>
    public static float Target(float skin) => FaceTarget * Math.Clamp(MathF.Sqrt(ReferenceSkin / MathF.Max(skin, 0.01f)), 1f, 2f);

    /// <summary>The point of a face the key is aimed at and the way the side the lens sees faces.</summary>
    static (Vector3 Face, Vector3 Seen) FacePoint(ActorState actor, Vector3 camera)
    {
        var face = actor.Eyes - new Vector3(0, 0.04f, 0);
        var toCamera = (camera - face) with { Y = 0 };
        var seen = toCamera.LengthSquared() < 1e-4f ? actor.Forward : actor.Forward + Vector3.Normalize(toCamera);
        return (face, seen.LengthSquared() < 1e-4f ? actor.Forward : Vector3.Normalize(seen));
    }

    /// <summary>
    /// The keys dimmed together (by one factor, down to <see cref="LeastDimming"/>) so that each person in their reach,
    /// under the night's light and all the keys, reads at most <see cref="WardrobeCeiling"/>: the face by its skin, the
    /// chest, where the coat faces the lamps, by the coat, and the crown, which the lamp above the eyes catches, by the hair.
    /// </summary>
    public static CrewLights Dimmed(CrewLights keys, IReadOnlyList<LitSubject> people, Vector3 camera, Lighting light, float exposure)
    {
        if (keys.Count == 0) return keys;
        float scale = 1;
        foreach (var person in people)
        {
            var (face, seen) = FacePoint(person.Actor, camera);
            var crown = Vector3.Normalize(seen + Vector3.UnitY);
            foreach (var (point, normal, albedo) in (ReadOnlySpan<(Vector3, Vector3, float)>)[
                         (face, seen, person.Skin), (face - new Vector3(0, 0.41f, 0), seen, person.Coat), (face + new Vector3(0, 0.13f, 0), crown, person.Hair)])
            {
                float night = FaceLight(light, point, normal) * exposure;
                float keyed = 0;
                for (int i = 0; i < keys.Count; i++) keyed += KeyLight(keys[i], point, normal) * exposure;
                if (keyed <= 1e-6f) continue;
                // albedo × (night + s × keyed) ≤ ceiling.
                float s = (WardrobeCeiling / MathF.Max(albedo, 0.01f) - night) / keyed;
                scale = MathF.Min(scale, s);
            }
        }
        scale = Math.Clamp(scale, LeastDimming, 1);
        if (scale >= 1) return keys;
        var dimmed = CrewLights.None;
        for (int i = 0; i < keys.Count; i++) dimmed = dimmed.With(keys[i] with { Colour = keys[i].Colour * scale });
        return dimmed;
    }

    /// <summary>One crew lamp's light on a point with a normal (luminance, as a white card reflects it).</summary>
    static float KeyLight(CrewLight key, Vector3 point, Vector3 normal)
    {
        var toLamp = key.Position - point;
        float d2 = MathF.Max(toLamp.LengthSquared(), 0.01f);
        return Luminance(key.Colour) * Falloff(d2, key.Range) * MathF.Max(Vector3.Dot(normal, toLamp / MathF.Sqrt(d2)), 0) * key.Passed(point.Y);
    }

    /// <summary>
    /// The key for one face (skin: the luminance of its linear albedo), or null when the face is turned from the lens
    /// or lit enough already. others are the eyes of everyone else on the set: the lamp stands at least as far from
    /// their heads as from the face it is set for (<see cref="Placings"/>), so a head beside the lamp is not lit several
    /// times brighter than the face, its hair a bright ball in the night.
    /// </summary>
    public static CrewLight? Key(ActorState actor, Vector3 camera, Lighting light, float exposure, float skin = ReferenceSkin,
        IReadOnlyList<Vector3>? others = null)
    {
        float target = Target(skin);
        var face = actor.Eyes - new Vector3(0, 0.04f, 0);
        var toCamera = (camera - face) with { Y = 0 };
        if (toCamera.LengthSquared() < 1e-4f) return null;
        toCamera = Vector3.Normalize(toCamera);
        var forward = actor.Forward;
        if (Vector3.Dot(forward, toCamera) < -0.2f) return null; // the back of the head: no face to light
        // The side of the face the lens sees, half way between where they look and the lens.
        var seen = Vector3.Normalize(forward + toCamera);
        float lit = FaceLight(light, face, seen) * exposure;
        if (lit >= target * LitEnough) return null;

        // Off the lens axis toward where the actor looks (the side they face); straight at the lens, camera left.
        float side = Vector3.Cross(toCamera, forward).Y >= 0 ? 1 : -1;
        Vector3 position = default;
        float clearest = float.NegativeInfinity;
        foreach (var (sign, angle) in Placings)
        {
            var across = Vector3.Transform(toCamera, Quaternion.CreateFromAxisAngle(Vector3.UnitY, sign * side * angle));
            var spot = face + across * Distance + new Vector3(0, Rise, 0);
            // A lamp that meets the seen side of the face at a grazing angle must burn several times brighter to light it,
            // and blows out the side of the head it faces: only spots within 60° of the seen side are taken.
            if (!float.IsNegativeInfinity(clearest) && Vector3.Dot(seen, Vector3.Normalize(spot - face)) < Grazing) continue;
            float clear = float.PositiveInfinity;
            foreach (var head in others ?? []) clear = MathF.Min(clear, Vector3.Distance(spot, head));
            if (clear > clearest) (position, clearest) = (spot, clear);
            if (clear >= Distance) break;
        }

        // Enough to bring the face to the target, with the renderer's fall-off (1/(d²+¼) in a window to the range).
        var toLamp = position - face;
        float reach = Falloff(toLamp.LengthSquared(), Range) * MathF.Max(Vector3.Dot(seen, Vector3.Normalize(toLamp)), 0.3f);
        float strength = (target - lit) / exposure / reach;
        // The flag's edge under the chin: the face keeps the key, the coat below gets a share of it.
        return new CrewLight(position, Tint * strength, Range, MathF.Max(face.Y - ChinDrop, 0.05f));
    }

    /// <summary>The least cosine between the seen side of the face and the way to an alternative spot for its key (60°).</summary>
    const float Grazing = 0.5f;

    /// <summary>
    /// Where the key may stand round the face, in the order a gaffer tries them: the side the actor faces (+1) or the
    /// other, at an angle off the lens axis (radians). The first whose lamp is as far from every other head as from the
    /// face is taken; otherwise the one furthest from them. Past the first, a spot that meets the face at a grazing angle
    /// (more than 60° off the side the lens sees) is passed over.
    /// </summary>
    public static readonly (int Side, float Angle)[] Placings =
        [(1, OffAxis), (1, 50f * MathF.PI / 180f), (1, 20f * MathF.PI / 180f), (-1, OffAxis), (-1, 50f * MathF.PI / 180f), (1, 65f * MathF.PI / 180f), (-1, 20f * MathF.PI / 180f)];

    /// <summary>
    /// The light falling on a face (luminance, as a white card with that normal would reflect it): the sun or moon
    /// (half of it: buildings and hats shade it) and a quarter of the sky's fill (a face is upright, so half the sky
    /// is behind it, and the brow, the hair and the people about hide more), and the practicals with the renderer's
    /// fall-off. Measured against the renderer, this is what a face reads, not what a white card in the open would.
    /// </summary>
    public static float FaceLight(Lighting light, Vector3 face, Vector3 normal)
    {
        float sum = 0.25f * Luminance(light.Ambient);
        if (light.SunDirection.LengthSquared() > 1e-8f)
            sum += 0.5f * Luminance(light.SunColour) * MathF.Max(Vector3.Dot(normal, Vector3.Normalize(light.SunDirection)), 0);
        if (!light.Practicals.IsDefaultOrEmpty)
            foreach (var lamp in light.Practicals)
            {
                if (lamp.Range <= 0) continue;
                var toLamp = lamp.Position - face;
                float d2 = MathF.Max(toLamp.LengthSquared(), 0.01f);
                float cos = MathF.Max(Vector3.Dot(normal, toLamp / MathF.Sqrt(d2)), 0);
                sum += Luminance(lamp.Colour) * Falloff(d2, lamp.Range) * cos;
            }
        return sum;
    }

    /// <summary>
    /// A lamp's light at d2 square metres from it, as scene.frag falls it off: 1 / (d² + ¼ m², a shade half a metre
    /// across) in a window that closes at the lamp's range.
    /// </summary>
    static float Falloff(float d2, float range)
    {
        float q = d2 / (range * range);
        float window = Math.Clamp(1 - q * q, 0, 1);
        return window * window / (d2 + 0.25f);
    }

    static float Luminance(Vector3 c) => Lighting.Luminance(c);
}
