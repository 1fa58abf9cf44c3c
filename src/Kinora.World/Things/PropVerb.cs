namespace Kinora.World;

/// <summary>What an action line does to a prop, a door or a vehicle.</summary>
public enum PropVerb { Bring, PickUp, Drop, Throw, KnockOver, Fall, PutDown, OpenDoor, CloseDoor, GetIn, Drive, GetOut }
