using System.Numerics;
using Kinora.Core;

namespace Kinora.World;

/// <summary>Pieces of dressing several sets share: trees, cars, lamps, furniture, rooms. Positions in metres.</summary>
static class Props
{
    static Vector3 V(float x, float y, float z) => new(x, y, z);

    /// <summary>Rotates a local offset by yaw (radians) so a prop can be turned as a whole.</summary>
    static Vector3 Turn(Vector3 local, float yaw) => Vector3.Transform(local, Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw));

    public static void Deciduous(SetBuilder b, Vector3 at, float height, bool solid = true)
    {
        float trunk = height * 0.45f;
        b.Cylinder(at, 0.12f + height * 0.015f, trunk, Palette.Bark);
        var leaves = Palette.Vary(b.Leaves, ref b.Dice, 0.25f);
        int blobs = 2 + b.Dice.Next(2);
        for (int i = 0; i < blobs; i++)
        {
            float r = height * b.Dice.RangeF(0.22f, 0.32f);
            var c = at + V(b.Dice.RangeF(-0.4f, 0.4f) * r, trunk + r * (0.6f + i * 0.6f), b.Dice.RangeF(-0.4f, 0.4f) * r);
            b.Sphere(c, V(r * 2.2f, r * 1.8f, r * 2.2f), leaves);
        }
        if (solid) b.Block(at + V(0, 1, 0), V(0.5f, 2, 0.5f));
    }

    public static void Conifer(SetBuilder b, Vector3 at, float height, bool solid = true)
    {
        b.Cylinder(at, 0.1f + height * 0.01f, height * 0.3f, Palette.Bark);
        var needles = Palette.Vary(Palette.Pine, ref b.Dice, 0.2f);
        float r = height * 0.22f;
        b.Cone(at + V(0, height * 0.2f, 0), r, height * 0.5f, needles);
        b.Cone(at + V(0, height * 0.45f, 0), r * 0.75f, height * 0.45f, needles);
        b.Cone(at + V(0, height * 0.68f, 0), r * 0.5f, height * 0.32f, needles);
        if (solid) b.Block(at + V(0, 1, 0), V(0.45f, 2, 0.45f));
    }

    /// <summary>
    /// A clump of grass: three thin blades leaning apart, in the ground's own material a shade darker (blades
    /// shade each other), so from a few metres it reads as the ground growing up, not as a coloured marker.
    /// </summary>
    public static void Tuft(SetBuilder b, Vector3 at, float height, Material ground)
    {
        var blade = Palette.Vary(ground with { Albedo = ground.Albedo * 0.85f }, ref b.Dice, 0.12f);
        float spin = b.Dice.RangeF(0, MathF.Tau);
        for (int i = 0; i < 3; i++)
        {
            float yaw = spin + i * MathF.Tau / 3, lean = b.Dice.RangeF(0.15f, 0.4f);
            float h = height * b.Dice.RangeF(0.7f, 1f);
            var tilt = Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw) * Quaternion.CreateFromAxisAngle(Vector3.UnitX, lean);
            var centre = at + Turn(V(0, 0, 0.02f), yaw) + Vector3.Transform(V(0, h / 2, 0), tilt);
            b.Add(Primitive.Cone, centre, V(0.035f, h, 0.035f), blade, tilt);
        }
    }

    /// <summary>Tufts of grass gathered in a few clumps (grass grows in patches, not on a grid) over a disc.</summary>
    public static void Meadow(SetBuilder b, Func<Vector3> patchCentre, int patches, float spread, float height, Material ground)
    {
        for (int i = 0; i < patches; i++)
        {
            var c = patchCentre();
            int tufts = 2 + b.Dice.Next(3);
            for (int j = 0; j < tufts; j++)
            {
                var at = c + V(b.Dice.RangeF(-spread, spread), 0, b.Dice.RangeF(-spread, spread));
                Tuft(b, at, height * b.Dice.RangeF(0.6f, 1f), ground);
            }
        }
    }

    public static void Rock(SetBuilder b, Vector3 at, float size, Material m, bool solid)
    {
        var s = V(size * b.Dice.RangeF(0.8f, 1.4f), size * b.Dice.RangeF(0.5f, 0.9f), size * b.Dice.RangeF(0.8f, 1.3f));
        b.Sphere(at + V(0, s.Y * 0.3f, 0), s, Palette.Vary(m, ref b.Dice, 0.2f), b.Dice.RangeF(0, MathF.Tau));
        if (solid && size > 0.4f) b.Block(at + V(0, s.Y * 0.4f, 0), s * 0.85f);
    }

    /// <summary>A parked car, long axis along yaw's X.</summary>
    public static void Car(SetBuilder b, Vector3 at, float yaw, Material paint)
    {
        int first = b.InstanceCount;
        b.Box(at + V(0, 0.55f, 0), V(4.2f, 0.6f, 1.75f), paint, yaw);
        b.Box(at + Turn(V(-0.2f, 1.05f, 0), yaw), V(2.3f, 0.5f, 1.6f), Palette.Glass, yaw);
        b.Box(at + Turn(V(-0.2f, 1.32f, 0), yaw), V(2.1f, 0.05f, 1.55f), paint, yaw);
        foreach (float x in new[] { -1.35f, 1.35f })
            foreach (float z in new[] { -0.82f, 0.82f })
                b.Lying(at + Turn(V(x, 0.33f, z), yaw), 0.33f, 0.24f, Palette.Rubber, yaw + MathF.PI / 2);
        b.Box(at + Turn(V(2.1f, 0.6f, 0.55f), yaw), V(0.05f, 0.12f, 0.3f), Palette.Glow(255, 250, 230, 1f), yaw);
        b.Box(at + Turn(V(2.1f, 0.6f, -0.55f), yaw), V(0.05f, 0.12f, 0.3f), Palette.Glow(255, 250, 230, 1f), yaw);
        b.Block(at + V(0, 0.75f, 0), V(4.3f, 1.5f, 1.85f), yaw);
        b.Parked(VehicleKind.Car, first);
    }

    public static void StreetLamp(SetBuilder b, Vector3 at, float armYaw)
    {
        b.Cylinder(at, 0.07f, 5.2f, Palette.DarkMetal);
        var arm = Turn(V(0.6f, 0, 0), armYaw);
        b.Box(at + V(0, 5.15f, 0) + arm * 0.5f, V(1.2f, 0.08f, 0.08f), Palette.DarkMetal, armYaw);
        var head = at + V(0, 5.0f, 0) + arm;
        b.Box(head + V(0, 0.1f, 0), V(0.5f, 0.15f, 0.3f), Palette.DarkMetal, armYaw);
        b.Box(head, V(0.4f, 0.06f, 0.22f), Palette.Matte(200, 190, 170), armYaw);
        b.Glow(Primitive.Box, head - V(0, 0.02f, 0), V(0.42f, 0.05f, 0.24f), Palette.Bulb, armYaw);
        b.Lamp(head - V(0, 0.2f, 0), Palette.LampColour * 1.5f, 16f);
        b.Block(at + V(0, 1.5f, 0), V(0.25f, 3f, 0.25f));
    }

    public static void Bench(SetBuilder b, Vector3 at, float facing)
    {
        // Facing is the way a sitter looks: local −Z.
        b.Box(at + V(0, 0.45f, 0), V(1.6f, 0.06f, 0.45f), Palette.Wood, facing);
        b.Box(at + Turn(V(0, 0.75f, 0.22f), facing), V(1.6f, 0.35f, 0.05f), Palette.Wood, facing);
        foreach (float x in new[] { -0.7f, 0.7f })
            b.Box(at + Turn(V(x, 0.22f, 0), facing), V(0.06f, 0.44f, 0.42f), Palette.DarkMetal, facing);
        b.Block(at + V(0, 0.5f, 0), V(1.6f, 1f, 0.5f), facing);
        var fwd = new Vector3(-MathF.Sin(facing), 0, -MathF.Cos(facing));
        b.AddSeat(new Seat(at + fwd * 0.22f, facing, 0.45f) { Furniture = b.Obstacles[^1] });
    }

    public static void Chair(SetBuilder b, Vector3 at, float facing, Material wood, bool seat = false)
    {
        b.Box(at + V(0, 0.45f, 0), V(0.45f, 0.05f, 0.45f), wood, facing);
        b.Box(at + Turn(V(0, 0.72f, 0.2f), facing), V(0.42f, 0.5f, 0.04f), wood, facing);
        foreach (float x in new[] { -0.19f, 0.19f })
            foreach (float z in new[] { -0.19f, 0.19f })
                b.Box(at + Turn(V(x, 0.22f, z), facing), V(0.04f, 0.44f, 0.04f), wood, facing);
        b.Block(at + V(0, 0.5f, 0), V(0.46f, 1f, 0.46f), facing);
        // Chairs tucked under a table are not offered as seats: the sitter's feet would be inside the table.
        if (!seat) return;
        var fwd = new Vector3(-MathF.Sin(facing), 0, -MathF.Cos(facing));
        b.AddSeat(new Seat(at + fwd * 0.22f, facing, 0.45f) { Furniture = b.Obstacles[^1] });
    }

    public static void Table(SetBuilder b, Vector3 at, Vector3 size, Material wood, float yaw = 0)
    {
        b.Box(at + V(0, size.Y - 0.025f, 0), V(size.X, 0.05f, size.Z), wood, yaw);
        foreach (float x in new[] { -0.5f, 0.5f })
            foreach (float z in new[] { -0.5f, 0.5f })
                b.Box(at + Turn(V(x * (size.X - 0.1f), size.Y / 2, z * (size.Z - 0.1f)), yaw), V(0.05f, size.Y, 0.05f), wood, yaw);
        b.Block(at + V(0, size.Y / 2, 0), V(size.X, size.Y, size.Z), yaw);
    }

    public static void FloorLamp(SetBuilder b, Vector3 at)
    {
        b.Cylinder(at, 0.15f, 0.03f, Palette.DarkMetal);
        b.Cylinder(at, 0.02f, 1.5f, Palette.DarkMetal);
        b.Cone(at + V(0, 1.4f, 0), 0.22f, 0.3f, Palette.Matte(230, 214, 180, 7));
        b.Glow(Primitive.Sphere, at + V(0, 1.42f, 0), V(0.12f, 0.12f, 0.12f), Palette.Bulb);
        b.Lamp(at + V(0, 1.45f, 0), Palette.LampColour, 7f);
        b.Block(at + V(0, 0.8f, 0), V(0.35f, 1.6f, 0.35f));
    }

    /// <summary>A bookcase against a wall; books give rooms their lived-in clutter.</summary>
    public static void Bookcase(SetBuilder b, Vector3 at, float yaw, float width, int shelves)
    {
        float height = shelves * 0.38f + 0.1f;
        var wood = Palette.DarkWood;
        b.Box(at + V(0, height / 2, 0), V(width, height, 0.05f), wood, yaw);
        foreach (float x in new[] { -0.5f, 0.5f })
            b.Box(at + Turn(V(x * width, height / 2, -0.15f), yaw), V(0.04f, height, 0.32f), wood, yaw);
        for (int s = 0; s < shelves; s++)
        {
            float y = 0.05f + s * 0.38f;
            b.Box(at + Turn(V(0, y, -0.15f), yaw), V(width, 0.03f, 0.32f), wood, yaw);
            float x = -width / 2 + 0.05f;
            while (x < width / 2 - 0.1f)
            {
                float w = b.Dice.RangeF(0.03f, 0.07f);
                float h = b.Dice.RangeF(0.2f, 0.3f);
                if (b.Dice.Chance(0.1)) { x += 0.12f; continue; }
                var colour = Palette.Matte((byte)b.Dice.Next(200), (byte)b.Dice.Next(120), (byte)b.Dice.Next(100), 7);
                b.Box(at + Turn(V(x + w / 2, y + 0.015f + h / 2, -0.15f), yaw), V(w, h, 0.22f), colour, yaw);
                x += w + 0.005f;
            }
        }
        b.Block(at + Turn(V(0, height / 2, -0.15f), yaw), V(width, height, 0.34f), yaw);
    }

    /// <summary>
    /// Four walls, floor and ceiling, with window openings in the north wall (−Z) and a door in the south wall.
    /// The walls are solid; the openings let the sun in.
    /// </summary>
    public static void Room(SetBuilder b, float width, float depth, float height, Material floor, Material wall, int windowCount)
    {
        b.Interior = true;
        b.CeilingHeight = height;
        float hw = width / 2, hd = depth / 2, t = 0.2f;
        b.Box(V(0, -0.05f, 0), V(width + 2 * t, 0.1f, depth + 2 * t), floor);
        b.Box(V(0, height + 0.05f, 0), V(width + 2 * t, 0.1f, depth + 2 * t), Palette.White);
        b.Solid(V(-hw - t / 2, height / 2, 0), V(t, height, depth + 2 * t), wall);
        b.Solid(V(hw + t / 2, height / 2, 0), V(t, height, depth + 2 * t), wall);
        // South wall with a door.
        float doorX = hw * 0.5f;
        b.Solid(V((-hw + doorX - 0.5f) / 2, height / 2, hd + t / 2), V(doorX - 0.5f + hw, height, t), wall);
        b.Solid(V((doorX + 0.5f + hw) / 2, height / 2, hd + t / 2), V(hw - doorX - 0.5f, height, t), wall);
        b.Box(V(doorX, (height + 2.1f) / 2, hd + t / 2), V(1f, height - 2.1f, t), wall);
        // The leaf hangs on its west edge and swings out of the room, clear of anyone inside.
        b.AddDoor(new Door(V(doorX - 0.45f, 0.025f, hd + t * 0.8f), 0.9f, 2.05f, 0.05f, 0f, -1, Palette.DarkWood));
        b.Block(V(doorX, 1.05f, hd + t * 0.8f), V(1f, 2.1f, 0.1f));
        // North wall: solid piers between windows, sill below and lintel above each opening.
        float sill = 0.9f, top = MathF.Min(2.3f, height - 0.3f), ww = 1.2f;
        float gap = width / windowCount;
        float x0 = -hw;
        for (int i = 0; i < windowCount; i++)
        {
            float cx = -hw + gap * (i + 0.5f);
            b.Solid(V((x0 + cx - ww / 2) / 2, height / 2, -hd - t / 2), V(cx - ww / 2 - x0, height, t), wall);
            b.Solid(V(cx, sill / 2, -hd - t / 2), V(ww, sill, t), wall);
            b.Box(V(cx, (top + height) / 2, -hd - t / 2), V(ww, height - top, t), wall);
            b.Box(V(cx, (sill + top) / 2, -hd - t / 2), V(0.04f, top - sill, 0.06f), Palette.White);
            b.Box(V(cx, (sill + top) / 2, -hd - t / 2), V(ww, 0.04f, 0.06f), Palette.White);
            b.Box(V(cx, sill + 0.02f, -hd + 0.06f), V(ww + 0.1f, 0.04f, 0.15f), Palette.White);
            b.Window(V(cx, (sill + top) / 2, -hd));
            x0 = cx + ww / 2;
        }
        b.Solid(V((x0 + hw) / 2, height / 2, -hd - t / 2), V(hw - x0, height, t), wall);
        // Skirting boards, so walls meet the floor with a line the eye reads.
        b.Box(V(0, 0.05f, hd - 0.01f), V(width, 0.1f, 0.02f), Palette.White);
        b.Box(V(-hw + 0.01f, 0.05f, 0), V(0.02f, 0.1f, depth), Palette.White);
        b.Box(V(hw - 0.01f, 0.05f, 0), V(0.02f, 0.1f, depth), Palette.White);
    }

    /// <summary>A ceiling light: always a little on indoors, brighter at night.</summary>
    public static void CeilingLight(SetBuilder b, Vector3 at, bool pendant)
    {
        if (pendant)
        {
            b.Cylinder(at + V(0, -0.6f, 0), 0.01f, 0.6f, Palette.DarkMetal);
            b.Cone(at + V(0, -0.85f, 0), 0.25f, 0.25f, Palette.DarkMetal);
            b.Glow(Primitive.Sphere, at + V(0, -0.86f, 0), V(0.14f, 0.14f, 0.14f), Palette.Bulb);
            b.Lamp(at + V(0, -0.95f, 0), Palette.LampColour, 8f);
        }
        else
        {
            b.Box(at + V(0, -0.03f, 0), V(1.2f, 0.05f, 0.3f), Palette.White);
            b.Glow(Primitive.Box, at + V(0, -0.06f, 0), V(1.1f, 0.02f, 0.25f), Palette.Glow(240, 245, 255, 4f));
            b.Lamp(at + V(0, -0.3f, 0), Palette.ColdLampColour, 9f);
        }
    }

    public static void Crate(SetBuilder b, Vector3 at, float size, float yaw, bool solid)
    {
        var m = Palette.Vary(Palette.Cardboard, ref b.Dice, 0.2f);
        b.Box(at + V(0, size / 2, 0), V(size, size, size), m, yaw);
        if (solid) b.Block(at + V(0, size / 2, 0), V(size, size, size), yaw);
    }

    public static void Boat(SetBuilder b, Vector3 at, float yaw, float length, Material hull)
    {
        int first = b.InstanceCount;
        b.Box(at + V(0, 0.3f, 0), V(length, 0.7f, length * 0.35f), hull, yaw);
        b.Box(at + Turn(V(length * 0.55f, 0.35f, 0), yaw), V(length * 0.15f, 0.6f, length * 0.2f), hull, yaw + MathF.PI / 4);
        b.Box(at + V(0, 0.66f, 0), V(length * 0.95f, 0.04f, length * 0.3f), Palette.LightWood, yaw);
        b.Box(at + Turn(V(-length * 0.15f, 1.1f, 0), yaw), V(length * 0.3f, 0.8f, length * 0.25f), Palette.White, yaw);
        b.Cylinder(at + Turn(V(length * 0.1f, 0.6f, 0), yaw), 0.04f, length * 0.7f, Palette.LightWood);
        b.Parked(VehicleKind.Boat, first);
    }

    /// <summary>A building block facing the street at facadeZ (its front toward +Z when dir = 1, −Z when dir = −1).</summary>
    public static void Building(SetBuilder b, float x, float width, float facadeZ, int dir, float depth)
    {
        int floors = 2 + b.Dice.Next(5);
        float height = floors * 3.1f + 0.6f;
        var wall = b.Dice.Chance(0.5) ? Palette.Vary(Palette.Brick, ref b.Dice, 0.2f) : Palette.Vary(Palette.Plaster, ref b.Dice, 0.2f);
        float cz = facadeZ - dir * depth / 2;
        b.Solid(V(x, height / 2, cz), V(width, height, depth), wall);
        b.Box(V(x, height + 0.15f, facadeZ - dir * 0.1f), V(width + 0.2f, 0.3f, 0.4f), Palette.Concrete);
        b.Box(V(x, 3.2f, facadeZ + dir * 0.1f), V(width, 0.2f, 0.25f), Palette.Concrete);
        int cols = Math.Max(1, (int)(width / 2.2f));
        float face = facadeZ + dir * 0.03f;
        for (int f = 0; f < floors; f++)
            for (int c = 0; c < cols; c++)
            {
                float wx = x - width / 2 + width * (c + 0.5f) / cols;
                float wy = f == 0 ? 1.4f : 1.8f + f * 3.1f;
                if (f == 0 && c == cols / 2)
                {
                    b.Box(V(wx, 1.1f, face), V(1.1f, 2.2f, 0.06f), Palette.DarkWood);
                    continue;
                }
                var size = f == 0 ? V(1.6f, 1.6f, 0.06f) : V(1.1f, 1.5f, 0.06f);
                b.Box(V(wx, wy, face), size, Palette.Glass);
                b.Box(V(wx, wy - size.Y / 2 - 0.05f, face + dir * 0.05f), V(size.X + 0.15f, 0.08f, 0.12f), Palette.Concrete);
                if (b.Dice.Chance(0.45))
                    b.Glow(Primitive.Box, V(wx, wy, face + dir * 0.01f), size with { Z = 0.05f }, Palette.Vary(Palette.WindowLit, ref b.Dice, 0.3f));
            }
    }
}
