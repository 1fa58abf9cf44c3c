using System.Numerics;

namespace Kinora.World;

/// <summary>A living room: floor, walls, ceiling, windows to the north, table and chairs, armchair, lamp, bookcases, a rug, a fireplace if the dice say so.</summary>
static class RoomSet
{
    public static void Dress(SetBuilder b)
    {
        float w = b.Dice.RangeF(7f, 9f), d = b.Dice.RangeF(6f, 7.5f), h = 2.8f;
        var wall = Palette.Matte((byte)b.Dice.Next(170, 230), (byte)b.Dice.Next(160, 220), (byte)b.Dice.Next(140, 200), 2);
        Props.Room(b, w, d, h, Palette.Wood, wall, 2);
        float hw = w / 2, hd = d / 2;
        // Table with chairs off-centre, leaving the middle for people.
        var tableAt = new Vector3(-hw + 1.6f, 0, -hd + 1.8f);
        Props.Table(b, tableAt, new(1.4f, 0.75f, 0.9f), Palette.LightWood);
        Props.Chair(b, tableAt + new Vector3(-0.4f, 0, 0.75f), 0, Palette.LightWood);
        Props.Chair(b, tableAt + new Vector3(0.4f, 0, 0.75f), 0, Palette.LightWood);
        Props.Chair(b, tableAt + new Vector3(-0.4f, 0, -0.75f), MathF.PI, Palette.LightWood);
        Props.Chair(b, tableAt + new Vector3(0.4f, 0, -0.75f), MathF.PI, Palette.LightWood);
        b.Cylinder(tableAt + new Vector3(0, 0.75f, 0), 0.08f, 0.2f, Palette.Shiny(200, 210, 230, 0.1f));
        // Armchair facing the room, a seat someone may take.
        var arm = new Vector3(hw - 1.0f, 0, hd - 1.4f);
        var fabric = Palette.Vary(Palette.Fabric, ref b.Dice, 0.3f);
        b.Box(arm + new Vector3(0, 0.22f, 0), new(0.85f, 0.44f, 0.8f), fabric, MathF.PI / 2);
        b.Box(arm + Vector3.Transform(new Vector3(0, 0.65f, 0.33f), Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 2)), new(0.85f, 0.7f, 0.18f), fabric, MathF.PI / 2);
        b.Block(arm + new Vector3(0, 0.5f, 0), new(0.85f, 1f, 0.8f), MathF.PI / 2);
        var fwd = new Vector3(-MathF.Sin(MathF.PI / 2), 0, -MathF.Cos(MathF.PI / 2));
        b.AddSeat(new Seat(arm + fwd * 0.4f, MathF.PI / 2, 0.45f) { Furniture = b.Obstacles[^1] });
        Props.FloorLamp(b, arm + new Vector3(0.0f, 0, -0.9f));
        Props.Bookcase(b, new(-hw + 0.2f, 0, hd - 1.8f), -MathF.PI / 2, 1.6f, 5);
        Props.Bookcase(b, new(-hw + 0.2f, 0, 0.2f), -MathF.PI / 2, 1.2f, 5);
        Props.Bookcase(b, new(hw - 0.2f, 0, -hd + 1.6f), MathF.PI / 2, 1.4f, 5);
        b.Box(new(0.5f, 0.005f, 0.3f), new(3f, 0.01f, 2.2f), Palette.Vary(Palette.Matte(140, 50, 40, 7), ref b.Dice, 0.3f));
        if (b.Dice.Chance(0.5))
        {
            var fire = new Vector3(hw - 0.35f, 0, 0.3f);
            b.Solid(fire + new Vector3(0, 0.6f, 0), new(0.5f, 1.2f, 1.6f), Palette.Brick);
            b.Box(fire + new Vector3(-0.25f, 1.25f, 0), new(0.3f, 0.08f, 1.8f), Palette.DarkWood);
            b.Box(fire + new Vector3(-0.26f, 0.35f, 0), new(0.05f, 0.6f, 0.8f), Palette.Matte(20, 16, 14));
            b.Glow(Primitive.Sphere, fire + new Vector3(-0.3f, 0.25f, 0), new(0.1f, 0.2f, 0.5f), Palette.Glow(255, 120, 40, 6f));
            b.Lamp(fire + new Vector3(-0.6f, 0.4f, 0), Palette.FireColour, 5f);
            b.Box(fire + new Vector3(0, (1.2f + h) / 2, 0), new(0.5f, h - 1.2f, 0.8f), Palette.Brick);
        }
        // Pictures and a clock on the walls.
        for (int i = 0; i < 4; i++)
        {
            var frame = Palette.Matte((byte)b.Dice.Next(40, 220), (byte)b.Dice.Next(40, 200), (byte)b.Dice.Next(40, 200));
            b.Box(new(b.Dice.RangeF(-hw + 1f, hw - 1f), b.Dice.RangeF(1.5f, 2f), hd - 0.03f), new(b.Dice.RangeF(0.4f, 0.9f), b.Dice.RangeF(0.3f, 0.6f), 0.04f), frame);
        }
        Props.CeilingLight(b, new(0, h, 0), pendant: true);
        // Small clutter on the floor by the walls: plants, a basket.
        b.Cylinder(new(hw - 0.4f, 0, -hd + 0.4f), 0.2f, 0.4f, Palette.Matte(160, 80, 50));
        b.Sphere(new(hw - 0.4f, 0.7f, -hd + 0.4f), new(0.6f, 0.7f, 0.6f), Palette.Leaves);
        b.Block(new(hw - 0.4f, 0.5f, -hd + 0.4f), new(0.6f, 1f, 0.6f));
        b.Stage = new Aabb(new(-hw + 0.3f, 0, -hd + 0.3f), new(hw - 0.3f, 2, hd - 0.3f));
    }
}
